package org.esgledger.engine.ledger.training;

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

/** The training ledger ({@code docs/formats/training.md}) as a ledger kind. */
public final class TrainingKind extends LedgerKind<TrainingSession> {

    public TrainingKind() {
        super(TrainingLedger.KIND, TrainingLedger.COLUMNS, TrainingFigures.indicators());
    }

    public RowReader<TrainingSession> reader(LedgerTable.Header header, LedgerContext context) {
        return TrainingLedger.reader(header, context::entity, context.units(), context.plausibility());
    }

    public List<ComputedFact> figures(LedgerRows<TrainingSession> rows, LedgerContext context) {
        return TrainingFigures.of(rows, context);
    }

    public List<String> cells(TrainingSession t, UnitCatalogue units) {
        return List.of(t.date().toString(), t.entity(), t.course(),
                TrainingLedger.TYPE.label(t.type()), TrainingLedger.PROVIDER.label(t.provider()),
                TrainingLedger.DELIVERY.label(t.delivery()), quantity(t.hours()), String.valueOf(t.participants()),
                t.cost().value().signum() == 0 ? "" : quantity(t.cost()));
    }

    private static String quantity(Quantity q) {
        return q.value().toPlainString() + " " + q.unit().name().zh();
    }

    public TrainingSession example(UnitCatalogue units) {
        return new TrainingSession(LocalDate.of(2024, 3, 8), "group", "信息安全意识培训", "infosec", "internal",
                "offline", new Quantity(new BigDecimal("1.5"), units.unit("h").orElseThrow()), 60,
                new Quantity(BigDecimal.ZERO, units.unit("CNY").orElseThrow()));
    }
}
