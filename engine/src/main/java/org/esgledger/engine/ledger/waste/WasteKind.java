package org.esgledger.engine.ledger.waste;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerKind;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/** The waste ledger ({@code docs/formats/waste.md}) as a ledger kind. */
public final class WasteKind extends LedgerKind<WasteRecord> {

    public WasteKind() {
        super(WasteLedger.KIND, WasteLedger.COLUMNS, WasteFigures.indicators());
    }

    public RowReader<WasteRecord> reader(LedgerTable.Header header, LedgerContext context) {
        return WasteLedger.reader(header, context::entity, name -> context.member(WasteFigures.WASTE_TYPE, name), context.units(),
                context.plausibility());
    }

    public List<ComputedFact> figures(LedgerRows<WasteRecord> rows, LedgerContext context) {
        return WasteFigures.of(rows, context);
    }

    public List<String> cells(WasteRecord w, UnitCatalogue units) {
        return List.of(w.manifest(), w.entity(), w.date().toString(),
                w.wasteName(), WasteLedger.CATEGORY.label(w.hazardous() ? "hazardous" : "general"), w.hwCode(),
                w.quantity().value().toPlainString(), w.quantity().unit().name().zh(), w.handler(), w.licence(),
                WasteLedger.TREATMENT.label(w.treatment()));
    }

    public WasteRecord example(UnitCatalogue units) {
        return new WasteRecord("HW-2024-0001", "group", LocalDate.of(2024, 3, 5), "废活性炭", "waste_activated_carbon",
                true, "HW49 900-039-49", new Quantity(new BigDecimal("1250"), units.unit("kg").orElseThrow()), "某环保科技有限公司",
                "GD-HW-0001", "incineration");
    }
}
