package org.esgledger.engine.check;

import java.math.BigDecimal;
import java.util.Optional;

import org.esgledger.engine.fact.FactKey;

/**
 * One figure a finding is about: the data point, whether it is what the report printed or what
 * the data gives, and its value (empty when not available).
 */
public record Figure(FactKey key, boolean printed, Optional<BigDecimal> value, String unit) {

    public static Figure printed(FactKey key, BigDecimal value, String unit) {
        return new Figure(key, true, Optional.of(value), unit);
    }

    public static Figure computed(FactKey key, BigDecimal value, String unit) {
        return new Figure(key, false, Optional.ofNullable(value), unit);
    }

    @Override
    public String toString() {
        return (printed ? "printed:" : "") + key + " = " + value.map(BigDecimal::toPlainString).orElse("n/a") + " " + unit;
    }
}
