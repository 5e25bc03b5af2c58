package org.esgledger.app.ledger;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of ledger import. {@code esg.ledger.plausible-max.<kind>.<column>} overrides the largest
 * value a cell may hold before it is taken for a mistake, written as a quantity
 * ({@code esg.ledger.plausible-max.waste.quantity=50000 t}); see each kind's format in docs/formats.
 */
@ConfigurationProperties(prefix = "esg.ledger")
public record LedgerSettings(Map<String, String> plausibleMax) {

    public LedgerSettings {
        plausibleMax = plausibleMax == null ? Map.of() : Map.copyOf(plausibleMax);
    }
}
