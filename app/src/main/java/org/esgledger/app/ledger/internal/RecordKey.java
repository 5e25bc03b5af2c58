package org.esgledger.app.ledger.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * What identifies a ledger row for telling repeats apart: the first 64 bits of the SHA-256 of its
 * cells. Two different rows share a key with a probability of about 3 in 100 million in a million
 * rows, and the worst a collision does is to name one row a repeat that is not one.
 */
final class RecordKey {

    private RecordKey() {
    }

    static long of(List<String> cells) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String cell : cells) {
                digest.update(cell.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0x1F);
            }
            return ByteBuffer.wrap(digest.digest()).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
