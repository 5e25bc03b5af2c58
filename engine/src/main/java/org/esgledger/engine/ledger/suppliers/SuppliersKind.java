package org.esgledger.engine.ledger.suppliers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** The supplier ledger ({@code docs/formats/suppliers.md}) as a ledger kind. */
public final class SuppliersKind extends LedgerKind<Supplier> {

    public SuppliersKind() {
        super(SupplierLedger.KIND, SupplierLedger.COLUMNS, SupplierFigures.indicators());
    }

    public RowReader<Supplier> reader(LedgerTable.Header header, LedgerContext context) {
        return SupplierLedger.reader(header, context.units(), context.plausibility());
    }

    public List<ComputedFact> figures(LedgerRows<Supplier> rows, LedgerContext context) {
        return SupplierFigures.of(rows, context);
    }

    public List<String> cells(Supplier p, UnitCatalogue units) {
        List<String> cells = new ArrayList<>(List.of(p.id(), p.name(), String.valueOf(p.year()), p.category(),
                p.spend().value().toPlainString() + " " + p.spend().unit().name().zh(), SupplierLedger.RISK.label(p.risk()),
                p.auditScore().map(BigDecimal::toPlainString).orElse("")));
        p.monthlyScores().forEach(o -> cells.add(o.map(BigDecimal::toPlainString).orElse("")));
        Supplier.AGREEMENTS.forEach(a -> cells.add(SupplierLedger.YES_NO.label(p.signed(a) ? "yes" : "no")));
        return cells;
    }

    public Supplier example(UnitCatalogue units) {
        List<Optional<BigDecimal>> scores = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            scores.add(m < 3 ? Optional.of(BigDecimal.valueOf(90)) : Optional.empty());
        }
        return new Supplier("S0001", "某电子元器件有限公司", 2024, "电子元器件",
                new Quantity(new BigDecimal("120.5"), units.unit("CNY_10k").orElseThrow()), "low",
                Optional.of(BigDecimal.valueOf(92)), scores, Set.of("integrity", "csr", "conflict_minerals"));
    }
}
