package org.esgledger.engine.unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A unit of measure in a {@link UnitGroup}. {@code factor} is exact: one of this unit equals
 * {@code factor} reference units of its group (1 万千瓦时 = 36,000,000,000 J).
 *
 * @param aliases what people type for this unit, e.g. 度 for kWh or 方 for m³; resolved within the
 *                group first, so the same alias may mean different units in different groups
 *                (名 is a person in a headcount, a position in a ranking)
 */
public record Unit(String code, String groupCode, String symbol, Bilingual name, BigDecimal factor, List<String> aliases) {

    public Unit {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(groupCode, "groupCode");
        Objects.requireNonNull(factor, "factor");
        if (factor.signum() <= 0) {
            throw new IllegalArgumentException("factor of unit " + code + " must be positive: " + factor);
        }
        symbol = symbol == null || symbol.isBlank() ? code : symbol;
        aliases = List.copyOf(aliases);
    }

    /** The label printed after a number: the Chinese name in Chinese, the symbol in English. */
    public String label(Locale locale) {
        return name.in(locale);
    }
}
