package org.esgledger.app.intake;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.Message;

/**
 * Why a row of a file was not accepted: the file, the row (line number in the file, the header is
 * row 1), the column (empty when the whole row or file is at fault) and the reason in zh and en.
 */
public record Problem(String file, int row, String column, Message reason) {

    public Bilingual text() {
        Bilingual r = reason.text();
        String where = column == null || column.isEmpty() ? "" : column;
        String zh = file + " 第" + row + "行" + (where.isEmpty() ? "" : "，“" + where + "”列") + "：" + r.zh();
        String en = file + " row " + row + (where.isEmpty() ? "" : ", column '" + where + "'") + ": " + r.en();
        return Bilingual.of(zh, en);
    }

    @Override
    public String toString() {
        Bilingual t = text();
        return t.zh() + "\n  " + t.en();
    }
}
