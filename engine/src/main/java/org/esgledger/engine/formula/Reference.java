package org.esgledger.engine.formula;

import java.util.Objects;

import org.esgledger.engine.fact.Breakdown;

/**
 * A name in a formula that stands for a value: an indicator, optionally one breakdown member
 * ({@code employees_total[gender=female]}), a prior period ({@code revenue@prev}, {@code @prev2})
 * and, in consistency rules, what a report printed instead of what was computed
 * ({@code printed:rd_staff_share@prev}).
 *
 * @param periodsBack 0 for the period being computed, 1 for the one before, …
 * @param printed     the published figure rather than the computed value
 * @param position    where the reference starts in the formula (0-based), for messages
 */
public record Reference(String indicator, Breakdown breakdown, int periodsBack, boolean printed, int position) {

    public Reference {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(breakdown, "breakdown");
        if (periodsBack < 0) {
            throw new IllegalArgumentException("periodsBack must not be negative");
        }
    }

    /** The reference as written in canonical form, e.g. {@code printed:employees_total[gender=female]@prev}. */
    public String text() {
        StringBuilder s = new StringBuilder();
        if (printed) {
            s.append("printed:");
        }
        s.append(indicator);
        if (!breakdown.isTotal()) {
            s.append('[').append(breakdown.code()).append(']');
        }
        if (periodsBack == 1) {
            s.append("@prev");
        } else if (periodsBack > 1) {
            s.append("@prev").append(periodsBack);
        }
        return s.toString();
    }

    /** Two references to the same value, wherever they stand in the formula. */
    public boolean sameValueAs(Reference other) {
        return indicator.equals(other.indicator) && breakdown.equals(other.breakdown)
                && periodsBack == other.periodsBack && printed == other.printed;
    }
}
