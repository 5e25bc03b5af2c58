package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding policy: a value is kept exact through every calculation and rounded only when
 * it is disclosed, half-up to the indicator's declared decimal places (31.4221… % with 2 places is
 * 31.42). Everything that shows or compares a disclosed figure goes through here.
 */
public final class Disclosure {

    public static final RoundingMode MODE = RoundingMode.HALF_UP;

    private Disclosure() {
    }

    public static BigDecimal round(BigDecimal exact, int decimals) {
        return exact.setScale(decimals, MODE);
    }

    /** The most significant digits a headline figure keeps (key figures): {@code RMB 86.6 million}, not {@code RMB 86.6023 million}. */
    public static final int HEADLINE_DIGITS = 4;

    /**
     * A headline figure: the exact value rounded once, half-up, to at most {@value #HEADLINE_DIGITS}
     * significant digits, never dropping a digit before the decimal point and never finer than
     * {@code finest} decimal places (the precision the figure is disclosed with): 86.602349 → 86.60,
     * 215.471 → 215.5, 18304.6 → 18305, 1.991 → 1.991.
     */
    public static BigDecimal headline(BigDecimal exact, int finest) {
        BigDecimal whole = exact.abs().setScale(0, RoundingMode.DOWN);
        int integerDigits = whole.signum() == 0 ? 0 : whole.precision();
        return round(exact, Math.max(0, Math.min(finest, HEADLINE_DIGITS - integerDigits)));
    }

    /** The value as disclosed, in plain notation: {@code 31.42}. */
    public static String text(BigDecimal exact, int decimals) {
        return round(exact, decimals).toPlainString();
    }
}
