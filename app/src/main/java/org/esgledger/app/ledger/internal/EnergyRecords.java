package org.esgledger.app.ledger.internal;

import org.esgledger.engine.ledger.energy.EnergyCarrier;
import org.esgledger.engine.ledger.energy.EnergyKind;
import org.esgledger.engine.ledger.energy.EnergyUse;
import org.springframework.stereotype.Component;

/** The energy and water ledger's records, in {@code energy_record} (the carrier by its code). */
@Component
class EnergyRecords extends KindRecords<EnergyUse> {

    private static final RecordTable<EnergyUse> TABLE = RecordTable.<EnergyUse>named("energy_record")
            .text("entity_code", EnergyUse::entity)
            .month("month", EnergyUse::month)
            .text("carrier", e -> e.carrier().code())
            .quantity("quantity", "unit_code", EnergyUse::quantity)
            .optionalQuantity("cost", "cost_unit", EnergyUse::cost)
            .text("supplier", EnergyUse::supplier)
            .optionalDecimal("green_share", EnergyUse::greenShare)
            .text("certificate", EnergyUse::certificate)
            .text("use", EnergyUse::use)
            .reading(v -> new EnergyUse(v.text("entity_code"), v.month("month"), EnergyCarrier.of(v.text("carrier")),
                    v.quantity("quantity", "unit_code"), v.optionalQuantity("cost", "cost_unit"), v.text("supplier"),
                    v.optionalDecimal("green_share"), v.text("certificate"), v.text("use")));

    EnergyRecords() {
        super(new EnergyKind(), TABLE);
    }
}
