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
 * @param carrier     the energy carrier or water metered
 * @param greenShare  for electricity, the share bought as green power, 0–1
 * @param certificate for electricity, the green-power contract or certificate reference
 * @param use         what it was used for, a code of {@link EnergyLedger#USE}; empty when the row does not say
 */
public record EnergyUse(String entity, YearMonth month, EnergyCarrier carrier, Quantity quantity, Optional<Quantity> cost,
                        String supplier, Optional<BigDecimal> greenShare, String certificate, String use) {

    /** A row whose carrier is given by its code ({@code electricity}), as stored. */
    public EnergyUse(String entity, YearMonth month, String carrier, Quantity quantity, Optional<Quantity> cost, String supplier,
                     Optional<BigDecimal> greenShare, String certificate, String use) {
        this(entity, month, EnergyCarrier.of(carrier), quantity, cost, supplier, greenShare, certificate, use);
    }

    /** A row that does not say what the energy or water was used for, its carrier given by its code. */
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
