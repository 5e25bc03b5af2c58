package org.esgledger.app.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * What an event's hash covers, and how: {@code SHA-256(prev_hash || canonical)}, where canonical is
 * every field of the event (its seq included, so that renumbering shows) written as
 * {@code length:text;} in UTF-8, so that no two different events serialise alike.
 */
public record EventContent(long seq, Instant at, String actor, String action, String subjectKind, String subjectId, List<String> entities,
                           String reason, String before, String after) {

    /** The first event's prev_hash. */
    public static final String GENESIS = "0".repeat(64);

    public EventContent {
        entities = List.copyOf(entities);
    }

    public String canonical() {
        StringBuilder s = new StringBuilder();
        for (String field : List.of(Long.toString(seq), at.toString(), actor, action, subjectKind, subjectId, String.join("\u001f", entities),
                reason, before, after)) {
            s.append(field.length()).append(':').append(field).append(';');
        }
        return s.toString();
    }

    public String hash(String prevHash) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prevHash.getBytes(StandardCharsets.UTF_8));
            digest.update(canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
