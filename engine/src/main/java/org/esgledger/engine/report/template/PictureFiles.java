package org.esgledger.engine.report.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.esgledger.engine.i18n.Message;

/**
 * The image files beside a template: a path relative to the template's folder, into it or a folder
 * below it, never out of it (no absolute path, no {@code ..} that leaves it, no link that points
 * out of it), a file whose content is PNG, JPEG or SVG. A template read from no folder (the starter,
 * from the application) may place none.
 */
final class PictureFiles {

    private final Path folder;

    PictureFiles(Path folder) {
        this.folder = folder;
    }

    /** The picture, or the message saying why it is refused. */
    Picture read(String src, Refusal refusal) {
        if (folder == null || src.contains("\\") || src.contains(":")) {
            throw refusal.of(Message.of("report.template.pictureOutside", src));
        }
        Path file;
        try {
            Path base = folder.toRealPath();
            Path relative = Path.of(src);
            file = base.resolve(relative).normalize();
            if (relative.isAbsolute() || !file.startsWith(base)) {
                throw refusal.of(Message.of("report.template.pictureOutside", src));
            }
            if (!Files.isRegularFile(file)) {
                throw refusal.of(Message.of("report.template.pictureMissing", src));
            }
            if (!file.toRealPath().startsWith(base)) {
                throw refusal.of(Message.of("report.template.pictureOutside", src));
            }
            byte[] content = Files.readAllBytes(file);
            Optional<Picture.Format> format = Picture.formatOf(content);
            if (format.isEmpty()) {
                throw refusal.of(Message.of("report.template.pictureFormat", src));
            }
            return new Picture(src, format.get(), content);
        } catch (InvalidPathException e) {
            throw refusal.of(Message.of("report.template.pictureOutside", src));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the reader's error (file and line) from a message. */
    @FunctionalInterface
    interface Refusal {
        RuntimeException of(Message message);
    }
}
