package org.esgledger.app.period;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One value of a fact as a restatement records it: a number (or a text) and its unit code; all
 * empty for a fact that had no value.
 */
public record RestatedValue(BigDecimal number, String text, String unit) {

    public static final RestatedValue NONE = new RestatedValue(null, null, null);

    public boolean sameAs(RestatedValue other) {
        boolean sameNumber = number == null ? other.number == null : other.number != null && number.compareTo(other.number) == 0;
        return sameNumber && Objects.equals(text, other.text) && Objects.equals(unit, other.unit);
    }

    /** As printed in plain text: the number (or text) and the unit code, {@code -} when there is none. */
    public String plain() {
        String v = number != null ? number.stripTrailingZeros().toPlainString() : text == null ? "-" : text;
        return unit == null || unit.isEmpty() ? v : v + " " + unit;
    }
}
