package org.esgledger.engine.ledger;

import java.text.Normalizer;

/**
 * Folds a cell as people type it into the form the parsers read: full-width digits and punctuation
 * (１，２３４．５, ％) to ASCII, ideographic spaces and non-breaking spaces to plain spaces, runs of
 * spaces to one, trimmed.
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
        return folded.replaceAll("\\s+", " ").strip();
    }
}
