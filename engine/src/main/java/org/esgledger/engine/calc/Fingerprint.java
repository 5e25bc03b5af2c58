package org.esgledger.engine.calc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.TreeSet;

/**
 * A SHA-256 digest over canonical text lines, independent of the order they are added in: the
 * same inputs always give the same fingerprint, and any change to any line changes it.
 */
public final class Fingerprint {

    private final TreeSet<String> lines = new TreeSet<>();

    public Fingerprint add(String kind, String line) {
        if (line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a fingerprint line must not contain a line break: " + line);
        }
        lines.add(kind + "|" + line);
        return this;
    }

    public int size() {
        return lines.size();
    }

    /** 64 lower-case hex digits. */
    public String hex() {
        MessageDigest digest = sha256();
        for (String l : lines) {
            digest.update(l.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static String of(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
