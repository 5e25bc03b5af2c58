package org.esgledger.app.ledger.internal;

import org.esgledger.app.ledger.LedgerSettings;
import org.esgledger.engine.ledger.emissions.EmissionActivity;
import org.esgledger.engine.ledger.emissions.EmissionsKind;
import org.springframework.stereotype.Component;

/**
 * The other-emission-sources ledger's records, in {@code emission_record}; its figures convert
 * refrigerants with the GWP set of the settings ({@code esg.ledger.gwp-set}).
 */
@Component
class EmissionRecords extends KindRecords<EmissionActivity> {

    private static final RecordTable<EmissionActivity> TABLE = RecordTable.<EmissionActivity>named("emission_record")
            .text("entity_code", EmissionActivity::entity)
            .month("month", EmissionActivity::month)
            .text("source", EmissionActivity::source)
            .text("activity", EmissionActivity::activity)
            .quantity("quantity", "unit_code", EmissionActivity::quantity)
            .text("factor_id", EmissionActivity::factorId)
            .optionalDecimal("factor_value", EmissionActivity::factorValue)
            .text("factor_unit", EmissionActivity::factorUnit)
            .text("factor_source", EmissionActivity::factorSource)
            .integer("data_quality", EmissionActivity::dataQuality)
            .text("method", EmissionActivity::method)
            .reading(v -> new EmissionActivity(v.text("entity_code"), v.month("month"), v.text("source"), v.text("activity"),
                    v.quantity("quantity", "unit_code"), v.text("factor_id"), v.optionalDecimal("factor_value"), v.text("factor_unit"),
                    v.text("factor_source"), v.integer("data_quality"), v.text("method")));

    EmissionRecords(LedgerSettings settings) {
        super(new EmissionsKind(settings.gwpSet()), TABLE);
    }
}
