package org.esgledger.engine.ledger;

import java.text.Normalizer;

/**
 * Folds a cell as people type it into the form the parsers read: full-width digits and punctuation
 * (１，２３４．５, ％) to ASCII, ideographic spaces and non-breaking spaces to plain spaces, runs of
 * spaces to one, trimmed; the apostrophe a spreadsheet (or our export) puts before a cell starting with
 * {@code =}, {@code +}, {@code -} or {@code @} is dropped.
 */
public final class CellText {

    private CellText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u3000', ' ').replace('\u00A0', ' ')
                .replace('。', '.').replace('，', ',').replace('、', ',');
        folded = folded.replaceAll("\\s+", " ").strip();
        // an apostrophe that marks text in a spreadsheet (and that our exports put before = + - @) is not part of the value
        if (folded.length() > 1 && folded.charAt(0) == '\'' && "=+-@".indexOf(folded.charAt(1)) >= 0) {
            return folded.substring(1);
        }
        return folded;
    }
}
