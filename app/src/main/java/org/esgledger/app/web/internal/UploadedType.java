package org.esgledger.app.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;

/**
 * What an uploaded ledger file is, told by its content, never by its name: an XLSX workbook (a ZIP
 * container), an XLS workbook (OLE2), UTF-16 text with its BOM, or text without NUL bytes in its first
 * {@value #HEAD} bytes (CSV in UTF-8 or GB18030). Anything else (a PDF, an image, an executable renamed
 * {@code .csv}) is refused before the import reads it; the import then checks the rest as it reads.
 */
final class UploadedType {

    static final int HEAD = 8192;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = HexFormat.of().parseHex("d0cf11e0a1b11ae1");
    /** Files that can look like text at first: PDF, PNG, JPEG, GIF, Windows and Linux executables. */
    private static final List<byte[]> OTHERS = List.of("%PDF".getBytes(StandardCharsets.US_ASCII), HexFormat.of().parseHex("89504e47"),
            HexFormat.of().parseHex("ffd8ff"), "GIF8".getBytes(StandardCharsets.US_ASCII), "MZ".getBytes(StandardCharsets.US_ASCII),
            HexFormat.of().parseHex("7f454c46"));

    private UploadedType() {
    }

    static void require(String name, InputStream in) throws IOException {
        byte[] head = in.readNBytes(HEAD);
        boolean other = OTHERS.stream().anyMatch(magic -> starts(head, magic));
        if (starts(head, ZIP) || starts(head, OLE2) || utf16(head) || !other && !hasNul(head)) {
            return;
        }
        throw new EsgException(AppMessages.of("ledger.uploadNotLedger", name, HexFormat.ofDelimiter(" ").formatHex(head, 0, Math.min(8, head.length))));
    }

    private static boolean utf16(byte[] head) {
        return head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
    }

    private static boolean hasNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean starts(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
