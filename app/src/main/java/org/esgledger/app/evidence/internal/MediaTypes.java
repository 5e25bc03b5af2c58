package org.esgledger.app.evidence.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The media type of a file, from its content: its first bytes say PDF, PNG, JPEG, GIF, TIFF, WebP, HEIC, a zip container,
 * an OLE2 (Office 97–2003) container, text, or else {@code application/octet-stream}. The name's extension is never
 * trusted alone: it only tells apart formats that share a container (an XLSX from a DOCX, both zip; an XLS from a DOC)
 * and kinds of text (CSV, JSON, XML). A file named {@code invoice.pdf} that holds a JPEG is {@code image/jpeg}.
 */
public final class MediaTypes {

    static final String OCTETS = "application/octet-stream";
    private static final Map<String, String> ZIP = Map.of(
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "ofd", "application/ofd");
    private static final Map<String, String> OLE = Map.of(
            "doc", "application/msword", "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint",
            "msg", "application/vnd.ms-outlook");
    private static final Map<String, String> TEXT = Map.of(
            "csv", "text/csv", "json", "application/json", "xml", "application/xml", "html", "text/html", "htm", "text/html",
            "md", "text/markdown", "eml", "message/rfc822");

    private MediaTypes() {
    }

    public static String detect(byte[] head, String fileName) {
        String ext = extension(fileName);
        String image = image(head);
        if (image != null) {
            return image;
        }
        if (starts(head, "%PDF-")) {
            return "application/pdf";
        }
        if (starts(head, "PK\u0003\u0004")) {
            return ZIP.getOrDefault(ext, "application/zip");
        }
        if (starts(head, "\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1")) {
            return OLE.getOrDefault(ext, "application/x-ole-storage");
        }
        if (text(head)) {
            return TEXT.getOrDefault(ext, "text/plain");
        }
        return OCTETS;
    }

    private static String image(byte[] head) {
        if (starts(head, "\u0089PNG\r\n\u001a\n")) {
            return "image/png";
        }
        if (starts(head, "\u00ff\u00d8\u00ff")) {
            return "image/jpeg";
        }
        if (starts(head, "GIF87a") || starts(head, "GIF89a")) {
            return "image/gif";
        }
        if (starts(head, "II*\u0000") || starts(head, "MM\u0000*")) {
            return "image/tiff";
        }
        if (starts(head, "RIFF") && at(head, 8, "WEBP")) {
            return "image/webp";
        }
        if (at(head, 4, "ftypheic") || at(head, 4, "ftypheix") || at(head, 4, "ftypmif1")) {
            return "image/heic";
        }
        return null;
    }

    /** Text: no byte below 0x20 but tab, line feed, form feed and carriage return, and no DEL (UTF-8 and GB18030 alike). */
    private static boolean text(byte[] head) {
        for (byte b : head) {
            int c = b & 0xff;
            if (c == 0x7f || c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') {
                return false;
            }
        }
        return head.length > 0;
    }

    private static boolean starts(byte[] head, String magic) {
        return at(head, 0, magic);
    }

    /** Whether the bytes at {@code offset} are the ISO-8859-1 bytes of {@code magic}. */
    private static boolean at(byte[] head, int offset, String magic) {
        byte[] m = magic.getBytes(StandardCharsets.ISO_8859_1);
        if (head.length < offset + m.length) {
            return false;
        }
        for (int i = 0; i < m.length; i++) {
            if (head[offset + i] != m[i]) {
                return false;
            }
        }
        return true;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
