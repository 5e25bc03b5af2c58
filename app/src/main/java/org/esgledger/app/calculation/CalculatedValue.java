package org.esgledger.app.calculation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Keyed;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.unit.Unit;

/**
 * A value a year's current snapshot adds to the stored facts: a formula result ({@code derived}) or
 * a roll-up ({@code rolled_up}), listed next to them.
 *
 * @param value        the exact value; empty when it is not available
 * @param disclosed    the value as disclosed (rounded to the indicator's decimals); empty when not available
 * @param snapshot     the snapshot that holds it
 * @param notAvailable why there is no value
 */
public record CalculatedValue(FactKey key, Bilingual indicatorName, Bilingual entityName, Optional<BigDecimal> value, String disclosed,
                              Optional<Unit> unit, Derivation.Kind derivation, SnapshotView snapshot, Optional<Bilingual> notAvailable) implements Keyed {

    public CalculatedValue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(derivation, "derivation");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(notAvailable, "notAvailable");
    }

    /** The exact value in plain notation; empty when it is not available. */
    public String plain() {
        return value.map(BigDecimal::toPlainString).orElse("");
    }

    public String unitCode() {
        return unit.map(Unit::code).orElse("");
    }

    /** The note as listed: the disclosed value, or why there is none ("not available: en / zh"). */
    public String listedNote() {
        return notAvailable.map(r -> "not available: " + r.en() + " / " + r.zh()).orElse("disclosed " + disclosed);
    }
}
