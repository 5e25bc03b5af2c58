package org.esgledger.engine.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks every row of every ledger kind before the kind reads it, so that the dry run and the import
 * refuse the same cells: a control character (NUL and the rest of the C0 set but tab, and DEL; line
 * breaks inside a cell are folded into spaces by {@link CellText}, so they never reach here) cannot be
 * stored, and a value that looks like an identity-card or mobile number is personal data no ledger
 * column needs ({@link PersonalData}).
 */
public final class RowScreen {

    private RowScreen() {
    }

    /** The problems of a row's cells, one per cell at most; empty when the kind may read the row. */
    public static List<CellProblem> problems(LedgerTable.Row row) {
        List<CellProblem> problems = new ArrayList<>();
        for (Map.Entry<String, String> cell : row.cells().entrySet()) {
            String text = cell.getValue();
            int control = firstControl(text);
            if (control >= 0) {
                problems.add(CellProblem.of(cell.getKey(), "cell.controlCharacter",
                        String.format("U+%04X", (int) text.charAt(control)), control + 1));
                continue;
            }
            PersonalData.find(text).ifPresent(kind -> problems.add(CellProblem.of(cell.getKey(),
                    kind == PersonalData.Kind.IDENTITY_CARD ? "cell.identityCard" : "cell.mobilePhone", PersonalData.mask(text))));
        }
        return problems;
    }

    /** The index of the first control character (C0 but tab, or DEL), or -1. */
    public static int firstControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    /** The text with control characters shown as U+FFFD, for reports that quote a refused cell. */
    public static String visible(String text) {
        if (text == null || firstControl(text) < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c < 0x20 && c != '\t' || c == 0x7F ? '\uFFFD' : c);
        }
        return out.toString();
    }
}
