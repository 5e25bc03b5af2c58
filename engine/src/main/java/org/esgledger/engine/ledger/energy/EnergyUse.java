package org.esgledger.engine.ledger.energy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.unit.Quantity;

/**
 * One month's use of an energy carrier or water at an entity or site (a utility bill or fuel
 * receipt, a row of the energy and water ledger).
 *
 * @param carrier     {@code electricity}, {@code natural_gas}, {@code diesel}, {@code gasoline}, {@code lpg},
 *                    {@code fuel_oil}, {@code purchased_heat}, {@code tap_water}, {@code reclaimed_water}
 * @param greenShare  for electricity, the share bought as green power, 0–1
 * @param certificate for electricity, the green-power contract or certificate reference
 */
public record EnergyUse(String entity, YearMonth month, String carrier, Quantity quantity, Optional<Quantity> cost,
                        String supplier, Optional<BigDecimal> greenShare, String certificate, String use) {

    /** A row that does not say what the energy or water was used for. */
    public EnergyUse(String entity, YearMonth month, String carrier, Quantity quantity, Optional<Quantity> cost, String supplier,
                     Optional<BigDecimal> greenShare, String certificate) {
        this(entity, month, carrier, quantity, cost, supplier, greenShare, certificate, "");
    }

    public EnergyUse {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(quantity, "quantity");
        cost = cost == null ? Optional.empty() : cost;
        greenShare = greenShare == null ? Optional.empty() : greenShare;
        supplier = supplier == null ? "" : supplier;
        certificate = certificate == null ? "" : certificate;
        use = use == null ? "" : use;
    }
}
