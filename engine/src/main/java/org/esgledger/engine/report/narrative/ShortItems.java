package org.esgledger.engine.report.narrative;

import java.util.List;

/**
 * Whether a list is one of short items, set in two columns in the HTML and PDF editions (a list of
 * names and definitions, the steps of a process): at least {@value #MIN_ITEMS} items, none wider than
 * {@value #MAX_EMS} em, two lines of a half-width column at body size. Widths are estimated as the
 * charts estimate labels: a CJK or full-width character 1 em, any other character 0.6 em; a figure
 * by the text it prints. The DOCX edition keeps one column (ADR 0029).
 */
public final class ShortItems {

    static final int MIN_ITEMS = 4;
    static final int MAX_EMS = 48;

    private ShortItems() {
    }

    /** True when every item of the list fits in two lines of half the text width, and it has enough of them to fill two columns. */
    public static boolean inColumns(Flow.Items list) {
        if (list.items().size() < MIN_ITEMS) {
            return false;
        }
        return list.items().stream().allMatch(item -> tenthsOfEm(item) <= MAX_EMS * 10);
    }

    private static int tenthsOfEm(List<Inline> content) {
        int w = 0;
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                w += tenthsOfEm(t.text().strip());
            } else if (i instanceof Inline.Figure f) {
                w += tenthsOfEm(f.text());
            } else if (i instanceof Inline.Missing m) {
                w += tenthsOfEm(m.marker());
            } else if (i instanceof Inline.Emphasis e) {
                w += tenthsOfEm(e.content());
            }
        }
        return w;
    }

    private static int tenthsOfEm(String text) {
        return text.codePoints().map(c -> wide(c) ? 10 : 6).sum();
    }

    private static boolean wide(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
