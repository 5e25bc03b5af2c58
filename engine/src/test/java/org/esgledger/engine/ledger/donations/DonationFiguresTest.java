package org.esgledger.engine.ledger.donations;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.unit.Quantity;
import org.junit.jupiter.api.Test;

/** The donation figures: per entity and year, donations in CNY in total and by known recipient, each with its rows. */
class DonationFiguresTest {

    private final List<LedgerRow<Donation>> rows = new ArrayList<>();

    private void donation(int row, String entity, String date, String recipientMember, String amount, String unit) {
        rows.add(new LedgerRow<>(1, row, new Donation(LocalDate.parse(date), entity, "某受赠方", recipientMember, "CN",
                new Quantity(new BigDecimal(amount), DonationLedgerTest.UNITS.unit(unit).orElseThrow()), "education", "cash", "")));
    }

    private List<ComputedFact> figures() {
        return DonationFigures.of(LedgerRows.of(rows), DonationLedgerTest.UNITS);
    }

    private static List<String> described(List<ComputedFact> facts) {
        return facts.stream().map(f -> f.key().entity() + "@" + f.key().period().code() + "[" + f.key().breakdown().code() + "]="
                + f.value().toPlainString() + " " + f.unit() + " " + f.rows()).toList();
    }

    /** Facts come in the order of their canonical keys, as the app stores them. */
    @Test
    void addsUpEachEntitysDonationsOfAYearInYuanAndByKnownRecipient() {
        donation(2, "group", "2024-03-01", "town_school", "1.5", "CNY_10k");
        donation(3, "group", "2024-09-01", "", "2500.50", "CNY");
        donation(4, "plant", "2024-09-01", "", "100", "CNY");
        donation(5, "group", "2023-12-31", "", "10", "CNY");
        assertThat(described(figures())).containsExactly(
                "group@2023[]=10 CNY [SourceRow[batch=1, row=5]]",
                "group@2024[recipient=town_school]=15000 CNY [SourceRow[batch=1, row=2]]",
                "group@2024[]=17500.5 CNY [SourceRow[batch=1, row=2], SourceRow[batch=1, row=3]]",
                "plant@2024[]=100 CNY [SourceRow[batch=1, row=4]]");
        assertThat(figures()).allSatisfy(f -> {
            assertThat(f.key().indicator()).isEqualTo(DonationFigures.INDICATOR);
            assertThat(f.source()).isEqualTo("donations ledger");
        });
    }

    @Test
    void donationsInAnotherCurrencyAreKeptButNotSummedWithoutAnExchangeRate() {
        donation(2, "group", "2024-03-01", "", "100", "CNY");
        String foreign = DonationLedgerTest.UNITS.units().stream().filter(u -> u.groupCode().startsWith("money_")
                && !u.groupCode().equals("money_cny")).findFirst().orElseThrow().code();
        donation(3, "group", "2024-03-02", "", "100", foreign);
        assertThat(described(figures())).containsExactly("group@2024[]=100 CNY [SourceRow[batch=1, row=2]]");
    }

    @Test
    void anEmptyLedgerYieldsNothing() {
        assertThat(figures()).isEmpty();
    }
}
