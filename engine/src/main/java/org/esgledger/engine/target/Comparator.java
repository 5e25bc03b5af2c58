package org.esgledger.engine.target;

import java.math.BigDecimal;

import org.esgledger.engine.catalogue.Codes;

/**
 * How a target's actual is held against its threshold. {@code ZERO}: no events at all;
 * {@code COMPLIANT}: a compliance rate of 100 % or a violation count of 0;
 * {@code DECREASE_YOY}: lower than the year before; {@code NONE}: a qualitative target.
 */
public enum Comparator {
    LT("<"), LE("<="), EQ("="), GE(">="), GT(">"), DECREASE_YOY("decrease_yoy"), ZERO("zero"), COMPLIANT("compliant"), NONE("");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Reads {@code <}, {@code <=}, {@code ≤}, {@code =}, {@code >=}, {@code ≥}, {@code >}, or a code such as {@code decrease_yoy}. */
    public static Comparator parse(String text) {
        String t = text == null ? "" : text.strip().replace("≤", "<=").replace("≥", ">=");
        for (Comparator c : values()) {
            if (c.symbol.equals(t)) {
                return c;
            }
        }
        return Codes.parse(Comparator.class, t);
    }

    /** Whether {@code actual} meets {@code threshold} for the plain comparators. */
    public boolean holds(BigDecimal actual, BigDecimal threshold) {
        int c = actual.compareTo(threshold);
        switch (this) {
            case LT:
                return c < 0;
            case LE:
                return c <= 0;
            case EQ:
                return c == 0;
            case GE:
                return c >= 0;
            case GT:
                return c > 0;
            default:
                throw new IllegalStateException(this + " is not a plain comparison");
        }
    }
}
