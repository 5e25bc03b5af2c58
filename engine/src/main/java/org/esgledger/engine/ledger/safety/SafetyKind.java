package org.esgledger.engine.ledger.safety;

import java.math.BigDecimal;
import java.time.YearMonth;
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

/** The monthly safety statistics ledger ({@code docs/formats/safety.md}) as a ledger kind. */
public final class SafetyKind extends LedgerKind<SafetyMonth> {

    public SafetyKind() {
        super(SafetyLedger.KIND, SafetyLedger.COLUMNS, SafetyFigures.indicators());
    }

    public RowReader<SafetyMonth> reader(LedgerTable.Header header, LedgerContext context) {
        return SafetyLedger.reader(header, context::entity, context.units(), context.plausibility());
    }

    public List<ComputedFact> figures(LedgerRows<SafetyMonth> rows, LedgerContext context) {
        return SafetyFigures.of(rows, context);
    }

    public List<String> cells(SafetyMonth m, UnitCatalogue units) {
        return List.of(m.entity(), m.month().toString(), quantity(m.hoursWorked()), String.valueOf(m.accidents()),
                String.valueOf(m.injuries()), String.valueOf(m.fatalities()), String.valueOf(m.lostDays()),
                m.investment().value().signum() == 0 ? "" : quantity(m.investment()));
    }

    private static String quantity(Quantity q) {
        return q.value().toPlainString() + " " + q.unit().name().zh();
    }

    public SafetyMonth example(UnitCatalogue units) {
        return new SafetyMonth("group", YearMonth.of(2024, 3), new Quantity(new BigDecimal("52000"), units.unit("h").orElseThrow()),
                0, 0, 0, 0, new Quantity(new BigDecimal("9200"), units.unit("CNY").orElseThrow()));
    }
}
