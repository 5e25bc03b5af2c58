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

    /** The value as disclosed, in plain notation: {@code 31.42}. */
    public static String text(BigDecimal exact, int decimals) {
        return round(exact, decimals).toPlainString();
    }
}
