package org.esgledger.engine.ghg;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.i18n.Message;

/**
 * One activity's contribution to the inventory: an emission (scope 1, or scope 2 location- or
 * market-based, or scope 3) with the factor and the rule that chose it, and the energy it represents.
 *
 * @param carrier      what the activity is, as a code: the energy carrier ({@code electricity}) or the
 *                     emission source ({@code refrigerant}, a scope 3 category) — the member of the
 *                     breakdown its emissions are reported by
 * @param row          the ledger row it comes from (for lineage), 0 when not from a ledger
 * @param ghgScope     the scope of its emissions; empty for an activity without emissions (water)
 * @param scope2Method for scope 2, whether the line is location- or market-based; empty otherwise
 * @param co2eKg       emissions in kg CO2e (0 for a market-based line fully covered by green power);
 *                     {@code null} when not available
 * @param kgce         energy in kg of standard coal equivalent (electricity at the equivalent value);
 *                     counted once per activity: zero on the market-based line
 * @param kwh          energy in kWh (fuels by their net calorific value); once per activity
 * @param notAvailable why the emissions are not available (no factor applies to the activity's year
 *                     or region); empty when they are. The energy of such a line is still counted.
 */
public record InventoryLine(String entity, YearMonth month, String carrier, long batch, int row, Optional<Scope> ghgScope,
                            Optional<Scope2Method> scope2Method, BigDecimal activityQuantity, String activityUnit, String factorId,
                            BigDecimal factorValue, String factorUnit, Message rule, BigDecimal co2eKg, BigDecimal kgce, BigDecimal kwh,
                            Optional<Message> notAvailable) {

    public InventoryLine {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(ghgScope, "ghgScope");
        Objects.requireNonNull(scope2Method, "scope2Method");
        Objects.requireNonNull(notAvailable, "notAvailable");
        if ((co2eKg == null) != notAvailable.isPresent()) {
            throw new IllegalArgumentException("emissions must be given, or the reason they are not available: " + entity + " " + month);
        }
        if (scope2Method.isPresent() != ghgScope.equals(Optional.of(Scope.TWO))) {
            throw new IllegalArgumentException("a scope 2 line, and only one, is location- or market-based: " + entity + " " + month);
        }
    }

    /** A line whose emissions are computed. */
    public InventoryLine(String entity, YearMonth month, String carrier, long batch, int row, Optional<Scope> ghgScope,
                         Optional<Scope2Method> scope2Method, BigDecimal activityQuantity, String activityUnit, String factorId,
                         BigDecimal factorValue, String factorUnit, Message rule, BigDecimal co2eKg, BigDecimal kgce, BigDecimal kwh) {
        this(entity, month, carrier, batch, row, ghgScope, scope2Method, activityQuantity, activityUnit, factorId, factorValue, factorUnit,
                rule, Objects.requireNonNull(co2eKg, "co2eKg"), kgce, kwh, Optional.empty());
    }

    /** A line whose emissions are not available because no factor applies ({@code reason}); its energy still counts. */
    static InventoryLine notAvailable(String entity, YearMonth month, String carrier, long batch, int row, Optional<Scope> ghgScope,
                                      Optional<Scope2Method> scope2Method, BigDecimal activityQuantity, String activityUnit,
                                      Message reason, BigDecimal kgce, BigDecimal kwh) {
        return new InventoryLine(entity, month, carrier, batch, row, ghgScope, scope2Method, activityQuantity, activityUnit, "", null, "",
                reason, null, kgce, kwh, Optional.of(reason));
    }

    /** Whether the line's emissions are of this scope. */
    public boolean in(Scope scope) {
        return ghgScope.equals(Optional.of(scope));
    }

    /** Whether the line is a scope 2 line counted this way. */
    public boolean by(Scope2Method method) {
        return scope2Method.equals(Optional.of(method));
    }

    /** The scope's number as reports write it, 0 for a line without emissions. */
    public int scope() {
        return ghgScope.map(Scope::number).orElse(0);
    }

    /** The scope 2 method's code ({@code location}, {@code market}), empty for a line of another scope. */
    public String method() {
        return scope2Method.map(Scope2Method::code).orElse("");
    }
}
