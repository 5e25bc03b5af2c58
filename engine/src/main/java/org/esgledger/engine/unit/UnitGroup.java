package org.esgledger.engine.unit;

import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A set of units that measure the same thing and convert into each other by exact factors
 * (openLCA's unit group). Money is one group per currency: converting between currencies needs an
 * exchange rate, which is data with a date, not a unit factor.
 *
 * @param code          stable id, e.g. {@code energy}, {@code money_cny}
 * @param name          zh/en name
 * @param referenceUnit code of the unit whose factor is 1
 * @param currency      ISO 4217 code for money groups, empty otherwise
 */
public record UnitGroup(String code, Bilingual name, String referenceUnit, Optional<String> currency) {

    public UnitGroup {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(referenceUnit, "referenceUnit");
        currency = currency == null ? Optional.empty() : currency;
    }

    public boolean isMoney() {
        return currency.isPresent();
    }
}
