package org.esgledger.engine.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A column of a ledger kind: its code, the zh and en headers of the template, and the other
 * headers people use for it ({@code 工号}, {@code Employee No.}).
 */
public record Column(String code, Bilingual header, boolean required, List<String> synonyms, Vocabulary values) {

    public Column {
        Objects.requireNonNull(code, "code");
        synonyms = List.copyOf(synonyms);
    }

    public static Column required(String code, String zh, String en, String... synonyms) {
        return new Column(code, Bilingual.of(zh, en), true, List.of(synonyms), null);
    }

    public static Column optional(String code, String zh, String en, String... synonyms) {
        return new Column(code, Bilingual.of(zh, en), false, List.of(synonyms), null);
    }

    /** The same column, taking the values of a vocabulary (templates offer them as a drop-down list). */
    public Column withValues(Vocabulary vocabulary) {
        return new Column(code, header, required, synonyms, vocabulary);
    }

    public Optional<Vocabulary> vocabulary() {
        return Optional.ofNullable(values);
    }

    /** True if a header cell is this column's code or its zh or en header (not a synonym). */
    public boolean isNamed(String headerName) {
        String key = key(headerName);
        return key.equals(key(code)) || key.equals(key(header.zh())) || key.equals(key(header.en()));
    }

    /** True if a header cell (already without its unit) names this column. */
    public boolean answersTo(String headerName) {
        String key = key(headerName);
        if (key.equals(key(code)) || key.equals(key(header.zh())) || key.equals(key(header.en()))) {
            return true;
        }
        return synonyms.stream().anyMatch(s -> key(s).equals(key));
    }

    /** Case, spacing, underscores, hyphens and a trailing colon do not matter in headers. */
    static String key(String text) {
        return CellText.fold(text).toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-:：*]+", "");
    }
}
