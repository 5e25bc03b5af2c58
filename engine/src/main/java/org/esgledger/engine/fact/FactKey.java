package org.esgledger.engine.fact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.catalogue.Codes;

/**
 * What a fact is about: indicator × entity × period × breakdown × nature. Its id is derived from
 * the key, so the same data point has the same id in every workspace and after every reload.
 */
public record FactKey(String indicator, String entity, Period period, Breakdown breakdown, Nature nature) {

    public FactKey {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(nature, "nature");
    }

    public String canonical() {
        return indicator + "|" + entity + "|" + period.code() + "|" + breakdown.code() + "|" + Codes.code(nature);
    }

    /** {@code F} followed by 16 hex digits of the SHA-256 of {@link #canonical()}. */
    public String id() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical().getBytes(StandardCharsets.UTF_8));
            return "F" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads the short form people type, {@code indicator@entity@period} with an optional
     * {@code [dimension=member,…]} after the period, as an actual value; empty when the text is not that form.
     */
    public static Optional<FactKey> parse(String typed) {
        String[] parts = typed == null ? new String[0] : typed.strip().split("@", -1);
        if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank()) {
            return Optional.empty();
        }
        String period = parts[2];
        Breakdown breakdown = Breakdown.TOTAL;
        int bracket = period.indexOf('[');
        try {
            if (bracket >= 0 && period.endsWith("]")) {
                breakdown = Breakdown.parse(period.substring(bracket + 1, period.length() - 1));
                period = period.substring(0, bracket);
            }
            return Optional.of(new FactKey(parts[0], parts[1], Period.parse(period), breakdown, Nature.ACTUAL));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** {@code indicator@entity@period}, the short form people type (breakdown and nature added when set). */
    @Override
    public String toString() {
        String s = indicator + "@" + entity + "@" + period.code();
        if (!breakdown.isTotal()) {
            s += "[" + breakdown.code() + "]";
        }
        return nature == Nature.ACTUAL ? s : s + "#" + Codes.code(nature);
    }
}
