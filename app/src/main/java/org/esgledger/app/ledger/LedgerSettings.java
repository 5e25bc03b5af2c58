package org.esgledger.app.ledger;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.esgledger.engine.ghg.Gwp;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of ledger import. {@code esg.ledger.plausible-max.<kind>.<column>} overrides the largest
 * value a cell may hold before it is taken for a mistake, written as a quantity
 * ({@code esg.ledger.plausible-max.waste.quantity=50000 t}); see each kind's format in docs/formats.
 * {@code esg.ledger.gwp-set} (SAR, AR4, AR5, AR6; default AR6) is the GWP set the GHG inventory
 * converts refrigerants with; it is named in every figure it gives and applies from the next import.
 */
@ConfigurationProperties(prefix = "esg.ledger")
public record LedgerSettings(Map<String, String> plausibleMax, String gwpSet) {

    /** The GWP sets the GHG inventory can use (IPCC assessment reports). */
    public static final List<String> GWP_SETS = List.of("SAR", "AR4", "AR5", "AR6");

    public LedgerSettings {
        plausibleMax = plausibleMax == null ? Map.of() : Map.copyOf(plausibleMax);
        gwpSet = gwpSet == null || gwpSet.isBlank() ? Gwp.DEFAULT_SET : gwpSet.strip().toUpperCase(Locale.ROOT);
        if (!GWP_SETS.contains(gwpSet)) {
            throw new IllegalArgumentException("esg.ledger.gwp-set = " + gwpSet + " is not one of " + GWP_SETS);
        }
    }
}
