package org.esgledger.engine.check;

import java.math.BigDecimal;

import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.catalogue.ValueType;

/**
 * How far a sum of parts may be from its total. Counts are never rounded, so they must agree
 * exactly; other values may each have been rounded at disclosure, so n parts may be off by up to
 * n half-units of the indicator's last disclosed decimal.
 */
final class Tolerance {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private Tolerance() {
    }

    static BigDecimal of(Indicator indicator, int parts) {
        if (indicator.valueType() == ValueType.COUNT) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.ONE.movePointLeft(indicator.decimals()).multiply(HALF).multiply(BigDecimal.valueOf(parts));
    }
}
