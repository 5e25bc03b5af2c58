package org.esgledger.engine.unit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact value with its unit. Arithmetic refuses to mix unit groups; values are never rounded
 * here (rounding happens once, at disclosure).
 */
public record Quantity(BigDecimal value, Unit unit) {

    public Quantity {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
    }

    public static Quantity of(String value, Unit unit) {
        return new Quantity(new BigDecimal(value), unit);
    }

    /** Same amount, same group: 1 万元 equals 10000 元. */
    public boolean sameAmountAs(Quantity other, UnitCatalogue units) {
        return units.convert(other, unit).value().compareTo(value) == 0;
    }

    public Quantity plus(Quantity other, UnitCatalogue units) {
        return new Quantity(value.add(units.convert(other, unit).value()), unit);
    }

    @Override
    public String toString() {
        return value.toPlainString() + " " + unit.symbol();
    }
}
