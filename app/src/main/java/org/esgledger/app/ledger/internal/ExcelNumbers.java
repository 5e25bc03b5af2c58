package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A number as an XLSX file stores it ({@code <v>1234.5600000000001</v>}), read exactly: as Excel
 * shows it (15 significant digits, no trailing zeros, never in E notation) and, in a date-formatted
 * cell, as the calendar day of its serial number (1900 system with Excel's phantom 29 February 1900,
 * or the 1904 system), rounded to the millisecond as Excel does.
 */
final class ExcelNumbers {

    /** Excel shows and computes with 15 significant digits. */
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final BigDecimal MILLIS_PER_DAY = BigDecimal.valueOf(86_400_000L);
    /** The last day Excel knows: 9999-12-31 is serial 2,958,465 in the 1900 system. */
    private static final long LAST_SERIAL = 2_958_465L;

    private ExcelNumbers() {
    }

    static String text(BigDecimal value) {
        BigDecimal shown = value.round(EXCEL_DIGITS).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }

    /** The day of a date serial, or empty where Excel would show no date (negative, past 9999). */
    static Optional<LocalDate> date(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0) {
            return Optional.empty();
        }
        long millis = serial.multiply(MILLIS_PER_DAY).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long days = Math.floorDiv(millis, 86_400_000L);
        if (days > LAST_SERIAL) {
            return Optional.empty();
        }
        if (date1904) {
            return Optional.of(LocalDate.of(1904, 1, 1).plusDays(days));
        }
        // serial 1 is 1900-01-01; Excel counts a 29 February 1900 that never was, so from serial 61 on a day is skipped
        return Optional.of(days < 61 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days));
    }
}
