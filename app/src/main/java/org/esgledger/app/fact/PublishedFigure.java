package org.esgledger.app.fact;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.FactValue;
import org.esgledger.engine.fact.Keyed;
import org.esgledger.engine.unit.Unit;

/**
 * A figure a report printed (ADR 0006), recorded apart from the system's facts: what the consistency
 * checks compare the computed values with.
 *
 * @param value the value as printed, exact
 * @param unit  the unit of a number; empty for text, yes/no and date values
 */
public record PublishedFigure(String report, FactKey key, FactValue value, Optional<Unit> unit, String source, String note) implements Keyed {

    public PublishedFigure {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    /** The printed number; empty for text, yes/no and date values. */
    public Optional<BigDecimal> amount() {
        return value instanceof FactValue.Amount a ? Optional.of(a.quantity().value()) : Optional.empty();
    }

    /** The unit's code; empty for text, yes/no and date values. */
    public String unitCode() {
        return unit.map(Unit::code).orElse("");
    }
}
