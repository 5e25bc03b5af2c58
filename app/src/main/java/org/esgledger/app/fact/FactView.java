package org.esgledger.app.fact;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.FactValue;
import org.esgledger.engine.fact.Keyed;
import org.esgledger.engine.fact.Origin;
import org.esgledger.engine.fact.Provenance;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.unit.Unit;

/**
 * A stored fact as people and exports see it: its key and the names of its indicator and entity,
 * the exact value with its unit, its review status, its origin and its provenance.
 *
 * @param value        the exact value (never rounded here); empty when it is not available
 * @param unit         the unit of a number, also of one that is not available; empty for text, yes/no and date values
 * @param notAvailable why a value computed from ledger rows could not be computed; empty for every other fact
 */
public record FactView(FactKey key, Bilingual indicatorName, Bilingual entityName, Optional<FactValue> value, Optional<Unit> unit,
                       FactStatus status, Origin origin, Provenance provenance, Optional<Bilingual> notAvailable) implements Keyed {

    public FactView {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(provenance, "provenance");
        Objects.requireNonNull(notAvailable, "notAvailable");
        if (value.isEmpty() != notAvailable.isPresent()) {
            throw new IllegalArgumentException("a fact has a value or the reason it has none: " + key);
        }
    }

    /** The value in plain notation as written in files and output; empty when it is not available. */
    public String plain() {
        return value.map(FactValue::plain).orElse("");
    }

    /** The number; empty for a text, yes/no or date value and for a value that is not available. */
    public Optional<BigDecimal> amount() {
        return value.filter(FactValue.Amount.class::isInstance).map(v -> ((FactValue.Amount) v).quantity().value());
    }

    /** The unit's code; empty for text, yes/no and date values. */
    public String unitCode() {
        return unit.map(Unit::code).orElse("");
    }

    /** The note as listed: for a value that is not available, the reason ("not available: en / zh"); otherwise the note entered. */
    public String listedNote() {
        return notAvailable.map(r -> "not available: " + r.en() + " / " + r.zh()).orElse(provenance.note());
    }
}
