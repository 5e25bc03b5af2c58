package org.esgledger.app.ledger.internal;

import org.esgledger.engine.ledger.waste.WasteKind;
import org.esgledger.engine.ledger.waste.WasteRecord;
import org.springframework.stereotype.Component;

/** The waste ledger's records, in {@code waste_record}. */
@Component
class WasteRecords extends KindRecords<WasteRecord> {

    private static final RecordTable<WasteRecord> TABLE = RecordTable.<WasteRecord>named("waste_record")
            .text("manifest", WasteRecord::manifest)
            .text("entity_code", WasteRecord::entity)
            .date("moved_on", WasteRecord::date)
            .text("waste_name", WasteRecord::wasteName)
            .text("waste_type", WasteRecord::wasteType)
            .flag("hazardous", WasteRecord::hazardous)
            .text("hw_code", WasteRecord::hwCode)
            .quantity("quantity", "unit_code", WasteRecord::quantity)
            .text("handler", WasteRecord::handler)
            .text("licence", WasteRecord::licence)
            .text("treatment", WasteRecord::treatment)
            .reading(v -> new WasteRecord(v.text("manifest"), v.text("entity_code"), v.date("moved_on"), v.text("waste_name"),
                    v.text("waste_type"), v.flag("hazardous"), v.text("hw_code"), v.quantity("quantity", "unit_code"),
                    v.text("handler"), v.text("licence"), v.text("treatment")));

    WasteRecords() {
        super(new WasteKind(), TABLE);
    }
}
