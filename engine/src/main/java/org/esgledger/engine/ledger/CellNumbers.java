package org.esgledger.engine.ledger;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people type them in ledgers: {@code 1234.5}, {@code 1,234.5}, {@code １，２３４．５},
 * {@code -12}, {@code 36.2%}, optionally followed by a unit ({@code 1,200 度}, {@code 3.5吨}).
 * Exact: the result is the decimal written, never a binary floating-point value. Exponents, spaces inside digits
 * and ambiguous groupings ({@code 1,23}) are refused rather than guessed.
 */
public final class CellNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(%|‰)?\\s*(.*)");
    /** What may follow a number as its unit: starts with a letter (any script) or a degree sign. */
    private static final Pattern UNIT = Pattern.compile("[\\p{L}°℃][\\p{L}\\p{N}°℃·/^ ]*");

    /** A number and the unit text that followed it in the cell (empty when none). */
    public record Reading(BigDecimal value, String unitText, boolean percent) {
    }

    private CellNumbers() {
    }

    public static Reading read(String cell) {
        String t = CellText.fold(cell);
        if (t.isEmpty()) {
            throw new CellValueException("cell.empty");
        }
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            throw new CellValueException("cell.notANumber", cell);
        }
        String unit = m.group(5).strip();
        if (!unit.isEmpty() && (!UNIT.matcher(unit).matches() || unit.matches("[eE][+-]?\\d+"))) {
            throw new CellValueException("cell.notANumber", cell);
        }
        BigDecimal value = new BigDecimal(m.group(1) + m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
        String mark = m.group(4);
        if ("%".equals(mark)) {
            return new Reading(value, "%", true);
        }
        if ("‰".equals(mark)) {
            return new Reading(value, "‰", true);
        }
        return new Reading(value, unit, false);
    }

    /** A whole number without unit (a year, an id number); {@code 12.0} is accepted, {@code 12.5} is not. */
    public static long readWhole(String cell) {
        Reading r = read(cell);
        if (!r.unitText().isEmpty()) {
            throw new CellValueException("cell.notANumber", cell);
        }
        try {
            return r.value().stripTrailingZeros().longValueExact();
        } catch (ArithmeticException e) {
            throw new CellValueException("cell.notWhole", cell);
        }
    }
}
