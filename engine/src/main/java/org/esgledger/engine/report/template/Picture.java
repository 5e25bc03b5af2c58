package org.esgledger.engine.report.template;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * An image file a template places (a logo, a photograph, a certificate, a chart made elsewhere): its
 * name as the template gives it, its format as read from its content (never from its name), and its
 * bytes.
 */
public record Picture(String name, Format format, byte[] content) {

    /** The formats an edition can show in HTML, PDF and DOCX alike. */
    public enum Format {
        PNG("image/png"), JPEG("image/jpeg"), SVG("image/svg+xml");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    public Picture {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * The format of a file's content: PNG by its signature, JPEG by its start-of-image marker, SVG by
     * an {@code <svg} element within its first kilobytes (after an XML declaration or comments).
     */
    public static Optional<Format> formatOf(byte[] content) {
        if (content.length >= 8 && Arrays.equals(Arrays.copyOf(content, 8), PNG_SIGNATURE)) {
            return Optional.of(Format.PNG);
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8 && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(Format.JPEG);
        }
        String head = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if ((head.startsWith("<?xml") || head.startsWith("<!--") || head.startsWith("<svg")) && head.contains("<svg")) {
            return Optional.of(Format.SVG);
        }
        return Optional.empty();
    }
}
