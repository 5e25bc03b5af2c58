package org.esgledger.engine.ledger.safety;

import java.time.YearMonth;
import java.util.Objects;

import org.esgledger.engine.unit.Quantity;

/**
 * One entity's safety statistics for one month (a row of the 安全生产月报 ledger). A month without
 * accidents is a row with zeros: that is how "no accidents in the year" is known, not assumed.
 */
public record SafetyMonth(String entity, YearMonth month, Quantity hoursWorked, long accidents, long injuries, long fatalities,
                          long lostDays, Quantity investment) {

    public SafetyMonth {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(hoursWorked, "hoursWorked");
        Objects.requireNonNull(investment, "investment");
        if (accidents < 0 || injuries < 0 || fatalities < 0 || lostDays < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
