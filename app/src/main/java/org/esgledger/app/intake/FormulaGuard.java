package org.esgledger.app.intake;

/**
 * Keeps exported text from running as a spreadsheet formula (CSV/XLSX formula injection): a cell
 * starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading
 * apostrophe. Apply to text cells only; numbers are written as they are.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static String defuse(String cell) {
        return cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
