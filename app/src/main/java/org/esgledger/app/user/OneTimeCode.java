package org.esgledger.app.user;

import java.time.Instant;

/**
 * A one-time code that lets a user set their password at their first sign-in to the web
 * application ({@code esg user add}, {@code esg user reset}): shown once, stored only as a hash.
 */
public record OneTimeCode(String code, Instant expiresAt) {

    @Override
    public String toString() {
        return "OneTimeCode[expiresAt=" + expiresAt + "]";
    }
}
