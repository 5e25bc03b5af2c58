package org.esgledger.engine.report;

import java.util.Locale;
import java.util.Optional;

/** The two editions of a report. */
public enum Language {
    ZH, EN;

    /** The language's code as file names and the command line write it: {@code zh}, {@code en}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a code, in any case and with surrounding space ({@code zh}, {@code EN}). */
    public static Optional<Language> ofCode(String code) {
        for (Language l : values()) {
            if (l.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
