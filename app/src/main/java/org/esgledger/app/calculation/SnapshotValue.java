package org.esgledger.app.calculation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.calc.Derivation;

/**
 * One value of a snapshot as other modules read it: exact and disclosed, how it came about, the
 * reason when not available, and the fact ids it was computed from (lineage one level down).
 *
 * @param key the value's key as people type it, {@code indicator@entity@period[breakdown]}
 */
public record SnapshotValue(String factId, String key, String indicator, String entity, String period, String breakdown,
                            Optional<BigDecimal> value, String unit, String disclosed, Derivation.Kind derivation, String formula,
                            String formulaVersion, String reasonZh, String reasonEn, List<String> inputs) {

    public SnapshotValue {
        inputs = List.copyOf(inputs);
    }
}
