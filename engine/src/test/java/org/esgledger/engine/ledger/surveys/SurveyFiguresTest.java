package org.esgledger.engine.ledger.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

class SurveyFiguresTest {

    static final LedgerContext CONTEXT = new LedgerContext(new OrganisationTree(List.of(new ReportingEntity("group", Optional.empty(),
            EntityKind.GROUP, Bilingual.of("集团", "Group"), "CN", "GD", true, BigDecimal.ONE, List.of()))), Map.of(),
            UnitTable.standard(), Map.of(SurveyFigures.VALID_QUESTIONNAIRES, "item", SurveyFigures.CUSTOMERS, "item",
            SurveyFigures.SCORE, "point"), Plausibility.DEFAULTS);

    private final List<LedgerRow<SurveyResponse>> rows = new ArrayList<>();

    private void row(long batch, int row, int year, String customer, boolean valid, String score) {
        rows.add(new LedgerRow<>(batch, row, new SurveyResponse(year, "Q" + batch + "-" + row, customer, valid, new BigDecimal(score))));
    }

    private List<ComputedFact> figures() {
        return SurveyFigures.of(LedgerRows.of(rows), CONTEXT);
    }

    private static List<String> described(List<ComputedFact> facts) {
        return facts.stream().map(f -> f.key().indicator() + "@" + f.key().entity() + "@" + f.key().period().code() + "="
                + f.value().toPlainString() + " " + f.unit()).toList();
    }

    @Test
    void countsValidQuestionnairesDistinctCustomersAndTheirAverageScorePerYearInOrder() {
        row(1, 2, 2024, "C1", true, "90");
        row(1, 3, 2024, "C1", true, "95");
        row(1, 4, 2024, "C2", true, "100");
        row(1, 5, 2024, "C3", false, "10");
        row(1, 6, 2023, "C1", true, "80.5");
        List<ComputedFact> facts = figures();
        assertThat(described(facts)).containsExactly(
                "csat_valid_questionnaires@group@2023=1 item",
                "customers_surveyed@group@2023=1 item",
                "customer_satisfaction_score@group@2023=80.5 point",
                "csat_valid_questionnaires@group@2024=3 item",
                "customers_surveyed@group@2024=2 item",
                "customer_satisfaction_score@group@2024=95 point");
        assertThat(facts).allSatisfy(f -> assertThat(f.source()).isEqualTo("customer survey ledger"));
        assertThat(facts.subList(3, 6)).allSatisfy(f -> assertThat(f.rows()).containsExactly(new ComputedFact.SourceRow(1, 2),
                new ComputedFact.SourceRow(1, 3), new ComputedFact.SourceRow(1, 4)));
    }

    @Test
    void anAverageThatDoesNotTerminateKeeps34SignificantDigits() {
        row(1, 2, 2024, "C1", true, "100");
        row(1, 3, 2024, "C2", true, "90");
        row(1, 4, 2024, "C3", true, "90");
        ComputedFact score = figures().get(2);
        assertThat(score.value().toPlainString()).isEqualTo("93.33333333333333333333333333333333");
        assertThat(score.value().precision()).isEqualTo(34);
    }

    @Test
    void anAverageIsWrittenAsPeopleReadIt() {
        row(1, 2, 2024, "C1", true, "90.0");
        row(1, 3, 2024, "C2", true, "91.00");
        assertThat(figures().get(2).value()).hasToString("90.5");
        rows.clear();
        row(1, 2, 2024, "C1", true, "90.0");
        assertThat(figures().get(2).value()).hasToString("90");
    }

    @Test
    void aYearOfInvalidQuestionnairesOnlyGivesNothing() {
        row(1, 2, 2022, "C1", false, "50");
        row(1, 3, 2024, "C1", true, "70");
        assertThat(figures()).hasSize(3).allSatisfy(f -> assertThat(f.key().period().code()).isEqualTo("2024"));
    }

    @Test
    void countsRowsOfEveryBatchInForce() {
        row(1, 2, 2024, "C1", true, "80");
        row(2, 2, 2024, "C1", true, "100");
        List<ComputedFact> facts = figures();
        assertThat(described(facts)).containsExactly("csat_valid_questionnaires@group@2024=2 item", "customers_surveyed@group@2024=1 item",
                "customer_satisfaction_score@group@2024=90 point");
        assertThat(facts.get(0).rows()).containsExactly(new ComputedFact.SourceRow(1, 2), new ComputedFact.SourceRow(2, 2));
    }

    @Test
    void anEmptyLedgerYieldsNothing() {
        assertThat(figures()).isEmpty();
    }

    @Test
    void namesEveryIndicatorItCanYield() {
        assertThat(new SurveysKind().indicators()).containsExactlyInAnyOrder("csat_valid_questionnaires", "customers_surveyed",
                "customer_satisfaction_score");
    }
}
