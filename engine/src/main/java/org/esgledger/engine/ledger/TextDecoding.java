package org.esgledger.engine.ledger;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a CSV file into text, detecting what Excel and other tools write: UTF-8 with or
 * without BOM, UTF-16 with BOM (Excel's "Unicode text"), and GB18030, the superset of GBK and GB2312
 * that Excel writes on Chinese Windows. Binary files (an XLSX or PDF renamed .csv, images) are named
 * rather than decoded into garbage.
 */
public final class TextDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text and the encoding that was detected (shown to the user). */
    public record Decoded(String text, String encoding) {
    }

    private TextDecoding() {
    }

    public static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8"), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE (BOM)");
        }
        String binary = binaryKind(bytes);
        if (binary != null) {
            throw new CellValueException("text.binary", binary);
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            try {
                return new Decoded(decoder(GB18030).decode(ByteBuffer.wrap(bytes)).toString(), "GB18030");
            } catch (CharacterCodingException notGb) {
                throw new CellValueException("text.undecodable");
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new CellValueException("text.undecodable");
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** What a binary file is, by its first bytes or by NUL bytes; null for text. */
    public static String binaryKind(byte[] b) {
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return "a ZIP archive (XLSX, DOCX)";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an OLE document (XLS, DOC)";
        }
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46)) {
            return "a PDF";
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47) || startsWith(b, 0xFF, 0xD8, 0xFF) || startsWith(b, 0x47, 0x49, 0x46, 0x38)) {
            return "an image";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            if (b[i] == 0) {
                return "binary data";
            }
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
