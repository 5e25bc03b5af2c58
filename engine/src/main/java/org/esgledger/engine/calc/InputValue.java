package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.util.Objects;

import org.esgledger.engine.fact.FactKey;

/**
 * A number the calculation starts from: a stored fact (entered, imported or computed from ledger
 * rows) or, for consistency checks, a figure a report printed.
 *
 * @param unit unit code of {@code value}
 */
public record InputValue(FactKey key, BigDecimal value, String unit) {

    public InputValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }
}
