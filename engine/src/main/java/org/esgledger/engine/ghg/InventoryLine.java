package org.esgledger.engine.ghg;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.i18n.Message;

/**
 * One activity's contribution to the inventory: an emission (scope 1, or scope 2 location- or
 * market-based) with the factor and the rule that chose it, and the energy it represents.
 *
 * @param row          the ledger row it comes from (for lineage), 0 when not from a ledger
 * @param scope        {@code 1} or {@code 2}; {@code 0} for an activity without emissions (water)
 * @param method       {@code location} or {@code market} for scope 2, empty otherwise
 * @param co2eKg       emissions in kg CO2e (0 for a market-based line fully covered by green power);
 *                     {@code null} when not available
 * @param kgce         energy in kg of standard coal equivalent (electricity at the equivalent value);
 *                     counted once per activity: zero on the market-based line
 * @param kwh          energy in kWh (fuels by their net calorific value); once per activity
 * @param notAvailable why the emissions are not available (no factor applies to the activity's year
 *                     or region); empty when they are. The energy of such a line is still counted.
 */
public record InventoryLine(String entity, YearMonth month, String carrier, long batch, int row, int scope, String method,
                            BigDecimal activityQuantity, String activityUnit, String factorId, BigDecimal factorValue, String factorUnit,
                            Message rule, BigDecimal co2eKg, BigDecimal kgce, BigDecimal kwh, Optional<Message> notAvailable) {

    public InventoryLine {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(notAvailable, "notAvailable");
        if ((co2eKg == null) != notAvailable.isPresent()) {
            throw new IllegalArgumentException("emissions must be given, or the reason they are not available: " + entity + " " + month);
        }
        method = method == null ? "" : method;
    }

    /** A line whose emissions are computed. */
    public InventoryLine(String entity, YearMonth month, String carrier, long batch, int row, int scope, String method,
                         BigDecimal activityQuantity, String activityUnit, String factorId, BigDecimal factorValue, String factorUnit,
                         Message rule, BigDecimal co2eKg, BigDecimal kgce, BigDecimal kwh) {
        this(entity, month, carrier, batch, row, scope, method, activityQuantity, activityUnit, factorId, factorValue, factorUnit, rule,
                Objects.requireNonNull(co2eKg, "co2eKg"), kgce, kwh, Optional.empty());
    }

    /** A line whose emissions are not available because no factor applies ({@code reason}); its energy still counts. */
    static InventoryLine notAvailable(String entity, YearMonth month, String carrier, long batch, int row, int scope, String method,
                                      BigDecimal activityQuantity, String activityUnit, Message reason, BigDecimal kgce, BigDecimal kwh) {
        return new InventoryLine(entity, month, carrier, batch, row, scope, method, activityQuantity, activityUnit, "", null, "", reason,
                null, kgce, kwh, Optional.of(reason));
    }
}
