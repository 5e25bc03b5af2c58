package org.esgledger.engine.ghg;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.OptionalInt;

import org.esgledger.engine.i18n.Bilingual;

/**
 * One factor of the library: a CO2 emission factor (per kWh, per tonne of fuel, per GJ of heat) or
 * a fuel parameter (net calorific value, carbon content, oxidation rate).
 *
 * @param activity    what it applies to: {@code grid_average}, {@code grid_residual} (excluding
 *                    market-traded non-fossil power), {@code grid_fossil}, {@code grid_ets},
 *                    {@code natural_gas}, {@code diesel}, {@code gasoline}, {@code lpg},
 *                    {@code fuel_oil}, {@code kerosene}, {@code purchased_heat}
 * @param parameter   {@code ef} (emission factor), {@code ncv}, {@code cc} or {@code of}
 * @param regionLevel {@code national}, {@code regional} or {@code provincial}
 * @param region      {@code CN}, a grid code ({@code SOUTH}) or a province code ({@code GD})
 * @param dataYear    the year the factor describes (empty for defaults without a year)
 * @param emitted     for emission factors: unit code of the CO2 mass ({@code kgCO2e}, {@code tCO2e})
 * @param per         unit code of the activity the value is per ({@code kWh}, {@code t}, {@code 10k_m3}, {@code GJ})
 * @param factorSet   the factor set (library version) the factor belongs to
 */
public record EmissionFactor(String id, String activity, String parameter, Bilingual name, String regionLevel, String region,
                             OptionalInt dataYear, BigDecimal value, String unitAsPrinted, String emitted, String per,
                             String source, String published, String verified, String factorSet) {

    public EmissionFactor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(value, "value");
    }

    /** A short description for lineage: id, value and unit, level, year, verification. */
    public String describe() {
        return id + " = " + value.toPlainString() + " " + unitAsPrinted + " (" + regionLevel + " " + region
                + (dataYear.isPresent() ? ", data year " + dataYear.getAsInt() : "") + ", verified: " + verified + ")";
    }
}
