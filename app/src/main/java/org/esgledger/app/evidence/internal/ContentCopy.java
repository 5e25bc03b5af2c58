package org.esgledger.app.evidence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Copies a stream into chunks, hashing (SHA-256) while it reads and never reading more than the limit plus one byte: a
 * file over the limit is known as soon as that byte arrives, and the rest of it is never read. Memory holds one chunk.
 */
public final class ContentCopy {

    /** The size of a stored chunk (the last one of a file is shorter). */
    public static final int CHUNK = 1024 * 1024;
    /** How many first bytes are kept for media type detection. */
    static final int HEAD = 8192;

    private ContentCopy() {
    }

    /** Where the chunks go, in order. */
    public interface Chunks {
        void accept(int chunkNo, byte[] bytes);
    }

    /**
     * What was read: the size (beyond the limit: limit + 1), the SHA-256 (empty beyond the limit) and the first bytes.
     *
     * @param overLimit whether the stream holds more than the limit (reading stopped one byte past it)
     */
    public record Copied(long size, String sha256, byte[] head, boolean overLimit) {
    }

    public static Copied copy(InputStream in, long limit, Chunks chunks) throws IOException {
        MessageDigest sha = sha256();
        DigestInputStream digest = new DigestInputStream(in, sha);
        byte[] buffer = new byte[CHUNK];
        byte[] head = new byte[0];
        long total = 0;
        int chunkNo = 0;
        while (true) {
            int n = digest.readNBytes(buffer, 0, (int) Math.min(CHUNK, limit + 1 - total));
            if (n == 0) {
                return new Copied(total, HexFormat.of().formatHex(sha.digest()), head, false);
            }
            total += n;
            if (total > limit) {
                return new Copied(total, "", head, true);
            }
            if (chunkNo == 0) {
                head = Arrays.copyOf(buffer, Math.min(n, HEAD));
            }
            chunks.accept(chunkNo++, Arrays.copyOf(buffer, n));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
