package org.esgledger.engine.ledger.donations;

import java.util.List;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Totals;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * The figures of the donations ledger: per entity and year, donations in CNY in total and by known
 * recipient. Donations in other currencies are kept but not summed: adding them needs an exchange
 * rate, which is data with a date, not a unit factor.
 */
public final class DonationFigures {

    public static final String INDICATOR = "charitable_donation";

    private DonationFigures() {
    }

    public static List<ComputedFact> of(LedgerRows<Donation> rows, UnitCatalogue units) {
        Unit yuan = units.unit("CNY").orElseThrow();
        Totals totals = new Totals();
        rows.forEach(row -> {
            Donation d = row.record();
            if (units.convertible(d.amount().unit(), yuan)) {
                var cny = units.convert(d.amount(), yuan).value();
                int year = d.date().getYear();
                totals.add(Totals.key(INDICATOR, d.entity(), year, Breakdown.TOTAL), cny, row);
                if (!d.recipientMember().isEmpty()) {
                    totals.add(Totals.key(INDICATOR, d.entity(), year, Breakdown.of("recipient", d.recipientMember())), cny, row);
                }
            }
        });
        return totals.facts(indicator -> "CNY", used -> "donations ledger");
    }
}
