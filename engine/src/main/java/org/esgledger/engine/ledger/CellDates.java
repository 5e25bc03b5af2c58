package org.esgledger.engine.ledger;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and months as people type them: {@code 2024-03-05}, {@code 2024/3/5}, {@code 2024.3.5},
 * {@code 2024年3月5日}, {@code 20240305}, an Excel serial number ({@code 45356}); months as
 * {@code 2024-03}, {@code 2024/3}, {@code 2024.03}, {@code 2024年3月}. Day-first and month-first
 * forms such as {@code 05/03/2024} are refused: they are ambiguous.
 */
public final class CellDates {

    private static final Pattern YMD = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YM = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(\\.\\d+)?");
    /** Excel's day 0 in the 1900 date system, with its fictitious 1900-02-29 accounted for. */
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private CellDates() {
    }

    public static LocalDate date(String cell) {
        String t = CellText.fold(cell);
        if (t.isEmpty()) {
            throw new CellValueException("cell.empty");
        }
        try {
            Matcher m = YMD.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = COMPACT.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            if (SERIAL.matcher(t).matches()) {
                return excelSerial(new BigDecimal(t));
            }
        } catch (DateTimeException e) {
            throw new CellValueException("cell.notADate", cell);
        }
        throw new CellValueException("cell.notADate", cell);
    }

    public static YearMonth month(String cell) {
        String t = CellText.fold(cell);
        if (t.isEmpty()) {
            throw new CellValueException("cell.empty");
        }
        Matcher m = YM.matcher(t);
        try {
            if (m.matches()) {
                return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (DateTimeException e) {
            throw new CellValueException("cell.notAMonth", cell);
        }
        try {
            return YearMonth.from(date(t));
        } catch (CellValueException e) {
            throw new CellValueException("cell.notAMonth", cell);
        }
    }

    /** Excel 1900 date system; serials before 1900-03-01 are refused (Excel's leap-year bug). */
    public static LocalDate excelSerial(BigDecimal serial) {
        long days = serial.longValue();
        if (days < 61 || days > 2958465) {
            throw new CellValueException("cell.notADate", serial.toPlainString());
        }
        return EXCEL_EPOCH.plusDays(days);
    }
}
