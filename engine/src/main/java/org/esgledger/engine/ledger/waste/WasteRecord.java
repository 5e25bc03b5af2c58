package org.esgledger.engine.ledger.waste;

import java.time.LocalDate;
import java.util.Objects;

import org.esgledger.engine.unit.Quantity;

/**
 * One waste transfer or disposal (a row of the waste ledger, for hazardous waste a 转移联单).
 *
 * @param wasteType  member of dimension {@code waste_type}
 * @param hwCode     code of the 国家危险废物名录 ({@code HW49 900-041-49}); empty when not given
 * @param licence    the handler's licence number (危险废物经营许可证); empty when none
 * @param treatment  {@code recycling}, {@code incineration}, {@code landfill}, {@code other}
 */
public record WasteRecord(String manifest, String entity, LocalDate date, String wasteName, String wasteType,
                          boolean hazardous, String hwCode, Quantity quantity, String handler, String licence,
                          String treatment) {

    public WasteRecord {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(quantity, "quantity");
        manifest = manifest == null ? "" : manifest;
        hwCode = hwCode == null ? "" : hwCode;
        handler = handler == null ? "" : handler;
        licence = licence == null ? "" : licence;
    }

    /** Hazardous waste handed to a licensed handler: what "disposed of compliantly" counts. */
    public boolean disposedCompliantly() {
        return hazardous && !licence.isBlank();
    }
}
