package org.esgledger.engine.ledger;

import java.math.BigDecimal;
import java.util.Map;

import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * The largest value a ledger cell may hold before it is taken for a typing or unit mistake, per
 * kind and column ({@code waste.quantity}, {@code donations.amount}, {@code energy.quantity.energy}).
 * Each kind has defaults; a workspace overrides them with a quantity as people write it
 * ({@code 50000 t}, {@code 5亿元}, {@code 20 GWh}).
 */
public record Plausibility(Map<String, String> overrides) {

    public static final Plausibility DEFAULTS = new Plausibility(Map.of());

    public Plausibility {
        overrides = Map.copyOf(overrides);
    }

    /**
     * The maximum for a column, in the reference unit of its unit group.
     *
     * @param fallback the kind's default, in the group's reference unit
     * @throws CellValueException if the override is not a quantity of the group
     */
    public BigDecimal max(String key, String group, BigDecimal fallback, UnitCatalogue units) {
        String text = overrides.get(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            CellNumbers.Reading r = CellNumbers.read(text);
            Unit reference = units.referenceUnit(group);
            Unit unit = r.unitText().isEmpty() ? reference : units.resolve(r.unitText(), group);
            return units.convert(new Quantity(r.value(), unit), reference).value();
        } catch (RuntimeException e) {
            throw new CellValueException("plausibility.invalid", key, text, group);
        }
    }

    /** The maximum of a plain count. */
    public long max(String key, long fallback) {
        String text = overrides.get(key);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return CellNumbers.readWhole(text);
        } catch (CellValueException e) {
            throw new CellValueException("plausibility.invalid", key, text, "count");
        }
    }
}
