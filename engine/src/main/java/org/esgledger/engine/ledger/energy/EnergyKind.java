package org.esgledger.engine.ledger.energy;

import java.math.BigDecimal;
import java.time.YearMonth;
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

/**
 * The energy and water ledger ({@code docs/formats/energy.md}) as a ledger kind: the source of the
 * energy and greenhouse-gas inventory (scope 1 and 2).
 */
public final class EnergyKind extends LedgerKind<EnergyUse> {

    public EnergyKind() {
        super(EnergyLedger.KIND, EnergyLedger.COLUMNS, EnergyFigures.indicators());
    }

    public RowReader<EnergyUse> reader(LedgerTable.Header header, LedgerContext context) {
        return EnergyLedger.reader(header, context::entity, context.units(), context.plausibility());
    }

    public List<ComputedFact> figures(LedgerRows<EnergyUse> rows, LedgerContext context) {
        return EnergyFigures.of(rows, context);
    }

    public List<String> cells(EnergyUse e, UnitCatalogue units) {
        return List.of(e.entity(), e.month().toString(), EnergyLedger.CARRIER.label(e.carrier().code()),
                e.quantity().value().toPlainString(), e.quantity().unit().name().zh(),
                e.cost().map(c -> c.value().toPlainString() + " " + c.unit().name().zh()).orElse(""), e.supplier(),
                e.greenShare().map(g -> g.movePointRight(2).stripTrailingZeros().toPlainString() + "%").orElse(""),
                e.use().isEmpty() ? "" : EnergyLedger.USE.label(e.use()), e.certificate());
    }

    public EnergyUse example(UnitCatalogue units) {
        return new EnergyUse("group", YearMonth.of(2024, 3), EnergyCarrier.ELECTRICITY,
                new Quantity(new BigDecimal("125000"), units.unit("kWh").orElseThrow()),
                Optional.of(new Quantity(new BigDecimal("86250.00"), units.unit("CNY").orElseThrow())), "广东电网",
                Optional.of(new BigDecimal("0.2")), "GEC-2024-0001", "production");
    }
}
