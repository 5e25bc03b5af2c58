package org.esgledger.engine.fact;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A value computed from ledger rows, with the rows it counts (lineage down to the row); or, when
 * it cannot be computed (no emission factor applies to the rows' year or region), no value and
 * the reason: the rows are kept, the figure is stored as not available.
 *
 * @param value        the value; {@code null} when not available
 * @param source       what it was computed from, in words ("employees ledger: batches 3, 4")
 * @param notAvailable why there is no value; empty when there is one
 */
public record ComputedFact(FactKey key, BigDecimal value, String unit, String source, List<SourceRow> rows,
                           Optional<Bilingual> notAvailable) {

    public ComputedFact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(notAvailable, "notAvailable");
        if ((value == null) != notAvailable.isPresent()) {
            throw new IllegalArgumentException("a computed fact has a value or the reason it has none: " + key);
        }
        rows = List.copyOf(rows);
    }

    public ComputedFact(FactKey key, BigDecimal value, String unit, String source, List<SourceRow> rows) {
        this(key, Objects.requireNonNull(value, "value"), unit, source, rows, Optional.empty());
    }

    /** A figure that cannot be computed from its rows, and why. */
    public static ComputedFact notAvailable(FactKey key, String unit, Bilingual reason, String source, List<SourceRow> rows) {
        return new ComputedFact(key, null, unit, source, rows, Optional.of(reason));
    }

    /** A ledger row: its batch and its row number in the batch's file. */
    public record SourceRow(long batch, int row) {
    }
}
