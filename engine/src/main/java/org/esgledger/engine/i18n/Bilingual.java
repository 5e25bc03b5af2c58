package org.esgledger.engine.i18n;

import java.util.Locale;
import java.util.Objects;

/**
 * A text a person reads, in Chinese and English. Both editions of a report are built from the same
 * object, so the two languages cannot drift apart silently.
 */
public record Bilingual(String zh, String en) {

    public Bilingual {
        zh = zh == null ? "" : zh.strip();
        en = en == null ? "" : en.strip();
    }

    public static Bilingual of(String zh, String en) {
        return new Bilingual(zh, en);
    }

    /** The text in the given language; falls back to the other language when one is missing. */
    public String in(Locale locale) {
        boolean chinese = Objects.equals(locale.getLanguage(), Locale.CHINESE.getLanguage());
        String first = chinese ? zh : en;
        return first.isEmpty() ? (chinese ? en : zh) : first;
    }

    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }

    /** "中文 / English", the form used in command-line messages. */
    @Override
    public String toString() {
        if (zh.isEmpty() || en.isEmpty() || zh.equals(en)) {
            return zh.isEmpty() ? en : zh;
        }
        return zh + " / " + en;
    }
}
