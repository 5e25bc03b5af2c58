package org.esgledger.engine.ledger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The allowed values of a coded ledger column, each with the words people write for it
 * ({@code 女}, {@code 女性}, {@code F}, {@code female} → {@code female}). Matching ignores case,
 * width and spacing.
 */
public final class Vocabulary {

    private final Map<String, String> byWord = new LinkedHashMap<>();
    private final Map<String, List<String>> words;

    private Vocabulary(Map<String, List<String>> words) {
        this.words = words;
        words.forEach((code, list) -> {
            byWord.put(Column.key(code), code);
            list.forEach(w -> byWord.put(Column.key(w), code));
        });
    }

    /** Codes in order, each with its words; the first word is the Chinese label, the second the English. */
    public static Vocabulary of(Map<String, List<String>> words) {
        return new Vocabulary(new LinkedHashMap<>(words));
    }

    /** {@code pairs("female", List.of("女", "Female", …), "male", List.of(…))}: codes in order, each with its words. */
    public static Vocabulary pairs(Object... codeThenWords) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < codeThenWords.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) codeThenWords[i + 1];
            m.put((String) codeThenWords[i], words);
        }
        return new Vocabulary(m);
    }

    public Optional<String> code(String text) {
        return Optional.ofNullable(byWord.get(Column.key(text)));
    }

    public List<String> codes() {
        return List.copyOf(words.keySet());
    }

    /** "女 / female, 男 / male": what a user may write, for messages and template validation lists. */
    public String describe() {
        StringBuilder b = new StringBuilder();
        words.forEach((code, list) -> {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(list.isEmpty() ? code : list.get(0)).append(" / ").append(code);
        });
        return b.toString();
    }

    /** The Chinese labels of the codes, in order: the drop-down list of a template. */
    public List<String> labels() {
        return words.keySet().stream().map(this::label).toList();
    }

    /** The Chinese label of a code (the template's word for it). */
    public String label(String code) {
        List<String> list = words.get(code);
        return list == null || list.isEmpty() ? code : list.get(0);
    }
}
