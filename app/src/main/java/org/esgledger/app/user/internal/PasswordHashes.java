package org.esgledger.app.user.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords hashed with Argon2id (19 MiB, 2 iterations, 1 lane: OWASP's recommended minimum) and
 * one-time codes: 12 random characters of an alphabet without look-alikes (60 bits), shown as
 * {@code ABCD-EFGH-JKLM}, kept as the SHA-256 of their normalised form (a random code of that
 * strength needs no slow hash; sign-in throttling bounds guessing).
 */
@Component
public class PasswordHashes {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 12;

    private final Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    private final SecureRandom random = new SecureRandom();
    /** Compared against when a user has no password, so that a refusal takes as long either way; made on first use. */
    private volatile String dummy;

    public String hash(String password) {
        return argon2.encode(password);
    }

    /** Whether the password matches the hash; false without a hash, after the same work as with one. */
    public boolean matches(String password, Optional<String> hash) {
        if (hash.isEmpty()) {
            argon2.matches(password, dummy());
            return false;
        }
        return argon2.matches(password, hash.get());
    }

    private String dummy() {
        if (dummy == null) {
            dummy = argon2.encode("no password: compared against for the time it takes");
        }
        return dummy;
    }

    public String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The SHA-256 (hex) of a code as typed: case, spaces and hyphens do not matter. */
    public static String codeSha256(String code) {
        String normal = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Compares two hashes in constant time. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
