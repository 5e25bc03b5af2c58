package org.esgledger.engine.ledger.emissions;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

import org.esgledger.engine.ghg.Scope;
import org.esgledger.engine.unit.Quantity;

/**
 * One row of the other-emission-sources ledger: a refrigerant top-up, a process emission, or a scope
 * 3 activity (purchases, transport, waste, business travel, commuting), with its factor: a library
 * factor id, or the factor the row itself carries (value, unit and source: a supplier's or an EEIO
 * factor). Refrigerants need no factor: their GWP comes from the inventory's GWP set.
 *
 * @param source      {@code refrigerant}, {@code process} (scope 1) or a scope 3 category code
 * @param activity    what exactly: the gas for a refrigerant (R-410A), the mode for travel (air, rail…)
 * @param dataQuality 1 (measured, supplier-specific) to 5 (rough estimate), per the GHG Protocol's data-quality indicators
 */
public record EmissionActivity(String entity, YearMonth month, String source, String activity, Quantity quantity,
                               String factorId, Optional<BigDecimal> factorValue, String factorUnit, String factorSource,
                               int dataQuality, String method) {

    public EmissionActivity {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quantity, "quantity");
        activity = activity == null ? "" : activity;
        factorId = factorId == null ? "" : factorId;
        factorValue = factorValue == null ? Optional.empty() : factorValue;
        factorUnit = factorUnit == null ? "" : factorUnit;
        factorSource = factorSource == null ? "" : factorSource;
        method = method == null ? "" : method;
    }

    /** Scope 1 for refrigerant and process emissions, scope 3 for the others. */
    public Scope scope() {
        return source.equals("refrigerant") || source.equals("process") ? Scope.ONE : Scope.THREE;
    }
}
