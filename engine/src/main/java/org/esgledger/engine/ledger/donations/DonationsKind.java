package org.esgledger.engine.ledger.donations;

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

/** The donations ledger ({@code docs/formats/donations.md}) as a ledger kind. */
public final class DonationsKind extends LedgerKind<Donation> {

    public DonationsKind() {
        super(DonationLedger.KIND, DonationLedger.COLUMNS, Set.of(DonationFigures.INDICATOR));
    }

    public RowReader<Donation> reader(LedgerTable.Header header, LedgerContext context) {
        return DonationLedger.reader(header, context::entity, name -> context.member("recipient", name), context.units(),
                context.plausibility());
    }

    public List<ComputedFact> figures(LedgerRows<Donation> rows, LedgerContext context) {
        return DonationFigures.of(rows, context.units());
    }

    public List<String> cells(Donation d, UnitCatalogue units) {
        String currency = units.groupOf(d.amount().unit()).currency().orElse("CNY");
        return List.of(d.date().toString(), d.entity(), d.recipient(), d.country(),
                d.amount().value().toPlainString() + " " + d.amount().unit().name().zh(), currency,
                DonationLedger.PURPOSE.label(d.purpose()), DonationLedger.FORM.label(d.form()), d.note());
    }

    public Donation example(UnitCatalogue units) {
        return new Donation(LocalDate.of(2024, 6, 30), "group", "某慈善基金会", "", "CN",
                new Quantity(new BigDecimal("10000"), units.unit("CNY").orElseThrow()), "rural_revitalisation", "cash",
                "“6·30”助力乡村振兴活动");
    }
}
