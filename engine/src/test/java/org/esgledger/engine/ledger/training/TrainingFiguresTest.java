package org.esgledger.engine.ledger.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgledger.engine.ledger.training.TrainingLedgerTest.q;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.ComputedFact.SourceRow;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.unit.Quantity;
import org.junit.jupiter.api.Test;

class TrainingFiguresTest {

    /** The indicators' units as the standard catalogue has them. */
    private static final Map<String, String> UNITS = units();
    private static final LedgerContext CONTEXT = new LedgerContext(TrainingLedgerTest.ORGANISATION, Map.of(),
            TrainingLedgerTest.UNITS, UNITS, Plausibility.DEFAULTS);

    private final List<LedgerRow<TrainingSession>> rows = new ArrayList<>();

    private static Map<String, String> units() {
        Map<String, String> units = new HashMap<>();
        for (TrainingFigures.Rule rule : TrainingFigures.RULES) {
            String indicator = rule.indicator();
            units.put(indicator, switch (rule.measure()) {
                case SESSIONS, COURSES -> "time";
                case PERSON_TIMES -> "person_time";
                case PEOPLE -> "person";
                case HOURS -> indicator.endsWith("class_hours") ? "class_hour" : "h";
                case COST -> "CNY_10k";
                case DAYS -> "d";
            });
        }
        return units;
    }

    /** Adds a session as the next row of batch 1 (rows numbered from 2, below the header). */
    private void session(String date, String entity, String course, String type, String provider, String delivery,
                         Quantity hours, long participants, Quantity cost) {
        rows.add(new LedgerRow<>(1, rows.size() + 2, new TrainingSession(LocalDate.parse(date), entity, course, type, provider,
                delivery, hours, participants, cost)));
    }

    private void session(String date, String entity, String type, Quantity hours, long participants) {
        session(date, entity, "课程", type, "internal", "offline", hours, participants, q("0", "CNY"));
    }

    /** The facts by their short key (indicator@entity@year[breakdown]). */
    private Map<String, ComputedFact> facts() {
        Map<String, ComputedFact> out = new LinkedHashMap<>();
        TrainingFigures.of(LedgerRows.of(rows), CONTEXT).forEach(f -> out.put(f.key().toString(), f));
        return out;
    }

    private static SourceRow row(int n) {
        return new SourceRow(1, n);
    }

    @Test
    void sessionsAreCountedAndPersonTimesAddedForAllAndForTheirType() {
        session("2024-01-10", "hq", "tax", q("1", "h"), 10);
        session("2024-02-10", "plant", "legal", q("2", "h"), 20);
        session("2024-03-10", "hq", "tax", q("1", "h"), 5);
        Map<String, ComputedFact> f = facts();
        assertThat(f.get("employee_training_sessions@group@2024").value()).isEqualByComparingTo("3");
        assertThat(f.get("employee_training_person_times@group@2024").value()).isEqualByComparingTo("35");
        assertThat(f.get("tax_training_sessions@group@2024").value()).isEqualByComparingTo("2");
        assertThat(f.get("tax_training_sessions@group@2024").rows()).containsExactly(row(2), row(4));
        assertThat(f.get("legal_training_sessions@group@2024").value()).isEqualByComparingTo("1");
        assertThat(f).doesNotContainKey("ip_training_sessions@group@2024");
        assertThat(f.values()).allSatisfy(x -> assertThat(x.source()).isEqualTo("training ledger"));
    }

    @Test
    void hoursAddUpInTheIndicatorsUnitGroupWithoutMixingClockAndClassHours() {
        session("2024-01-10", "hq", "responsible_marketing", q("90", "min"), 10);
        session("2024-01-11", "hq", "responsible_marketing", q("2", "h"), 10);
        session("2024-01-12", "hq", "responsible_marketing", q("3", "class_hour"), 10);
        session("2024-01-13", "hq", "lecturer", q("4", "class_hour"), 10);
        session("2024-01-14", "hq", "lecturer", q("1", "h"), 10);
        session("2024-01-15", "hq", "lecturer", q("2.50", "class_hour"), 10);
        Map<String, ComputedFact> f = facts();
        ComputedFact clock = f.get("responsible_marketing_training_hours@group@2024");
        assertThat(clock.value()).isEqualByComparingTo("3.5");
        assertThat(clock.unit()).isEqualTo("h");
        assertThat(clock.rows()).as("the class-hour session is not counted").containsExactly(row(2), row(3));
        ComputedFact classHours = f.get("ttt_training_class_hours@group@2024");
        assertThat(classHours.value()).isEqualTo("6.5");
        assertThat(classHours.unit()).isEqualTo("class_hour");
        assertThat(classHours.rows()).containsExactly(row(5), row(7));
        assertThat(f.get("responsible_marketing_training_sessions@group@2024").value()).as("every session is one")
                .isEqualByComparingTo("3");
    }

    @Test
    void costsAreAddedInTheIndicatorsUnit() {
        session("2024-01-10", "hq", "c1", "safety", "internal", "offline", q("1", "h"), 10, q("5000", "CNY"));
        session("2024-01-11", "hq", "c2", "safety", "external", "offline", q("1", "h"), 10, q("1.5", "CNY_10k"));
        session("2024-01-12", "hq", "c3", "tax", "internal", "offline", q("1", "h"), 10, q("0", "CNY"));
        Map<String, ComputedFact> f = facts();
        assertThat(f.get("safety_training_investment@group@2024").value()).isEqualTo("2");
        assertThat(f.get("safety_training_investment@group@2024").unit()).isEqualTo("CNY_10k");
        assertThat(f.get("employee_training_investment@group@2024").value()).isEqualTo("2");
        assertThat(f.get("employee_training_investment@group@2024").rows()).containsExactly(row(2), row(3), row(4));
    }

    @Test
    void peopleAreTheLargestAttendanceOfAnySessionCountingEveryRow() {
        session("2024-01-10", "hq", "lean", q("2", "class_hour"), 20);
        session("2024-02-10", "hq", "lean", q("2", "class_hour"), 35);
        session("2024-03-10", "plant", "lean", q("2", "class_hour"), 30);
        Map<String, ComputedFact> f = facts();
        assertThat(f.get("yellow_belt_training_participants@group@2024").value()).isEqualByComparingTo("35");
        assertThat(f.get("yellow_belt_training_participants@group@2024").rows()).containsExactly(row(2), row(3), row(4));
        assertThat(f.get("yellow_belt_training_class_hours@group@2024").value()).isEqualByComparingTo("6");
    }

    @Test
    void daysAreDistinctDatesAndCohortsDistinctTitlesPerYear() {
        session("2024-03-01", "hq", "Excel", "office_skills", "internal", "offline", q("2", "class_hour"), 10, q("0", "CNY"));
        session("2024-03-01", "plant", "Excel", "office_skills", "internal", "offline", q("2", "class_hour"), 12, q("0", "CNY"));
        session("2024-03-02", "hq", "Excel", "office_skills", "internal", "offline", q("2", "class_hour"), 10, q("0", "CNY"));
        session("2023-03-01", "hq", "Excel", "office_skills", "internal", "offline", q("2", "class_hour"), 10, q("0", "CNY"));
        session("2024-07-01", "hq", "2024届第一期", "induction", "internal", "offline", q("8", "class_hour"), 30, q("0", "CNY"));
        session("2024-07-02", "hq", "2024届第一期", "induction", "internal", "online", q("8", "class_hour"), 30, q("0", "CNY"));
        session("2024-08-01", "hq", "2024届第二期", "induction", "internal", "offline", q("8", "class_hour"), 25, q("0", "CNY"));
        session("2023-07-01", "hq", "2024届第一期", "induction", "internal", "offline", q("8", "class_hour"), 25, q("0", "CNY"));
        Map<String, ComputedFact> f = facts();
        assertThat(f.get("excel_training_days@group@2024").value()).isEqualByComparingTo("2");
        assertThat(f.get("excel_training_days@group@2024").rows()).as("a repeated date still counts its row")
                .containsExactly(row(2), row(3), row(4));
        assertThat(f.get("excel_training_days@group@2023").value()).isEqualByComparingTo("1");
        assertThat(f.get("new_employee_training_cohorts@group@2024").value()).isEqualByComparingTo("2");
        assertThat(f.get("new_employee_training_cohorts@group@2023").value()).as("a title is new again in another year")
                .isEqualByComparingTo("1");
    }

    @Test
    void someIndicatorsAreAlsoGivenPerEntityOtherThanTheRoot() {
        session("2024-01-10", "hq", "infosec", q("1", "h"), 10);
        session("2024-01-11", "hq", "infosec", q("1", "h"), 15);
        session("2024-01-12", "plant", "infosec", q("1", "h"), 7);
        session("2024-01-13", "group", "infosec", q("1", "h"), 3);
        Map<String, ComputedFact> f = facts();
        assertThat(f.get("infosec_training_sessions@group@2024").value()).isEqualByComparingTo("4");
        assertThat(f.get("infosec_training_sessions@group@2024").rows()).containsExactly(row(2), row(3), row(4), row(5));
        assertThat(f.get("infosec_training_sessions@hq@2024").value()).isEqualByComparingTo("2");
        assertThat(f.get("infosec_training_sessions@plant@2024").rows()).containsExactly(row(4));
        assertThat(f.get("infosec_training_participants@group@2024").value()).isEqualByComparingTo("35");
        assertThat(f.get("infosec_training_participants@hq@2024").value()).isEqualByComparingTo("25");
        assertThat(f.keySet()).filteredOn(k -> k.startsWith("infosec_")).hasSize(6);
        assertThat(f).doesNotContainKey("tax_training_sessions@hq@2024");
        assertThat(f.keySet()).filteredOn(k -> k.startsWith("employee_training_sessions@")).containsExactly(
                "employee_training_sessions@group@2024");
    }

    @Test
    void someIndicatorsAreAlsoGivenByAMemberOfADimension() {
        session("2024-01-10", "hq", "q1", "quality", "internal", "offline", q("2", "h"), 10, q("0", "CNY"));
        session("2024-01-11", "hq", "q2", "quality", "external", "offline", q("2", "h"), 10, q("0", "CNY"));
        session("2024-01-12", "hq", "q3", "quality", "internal", "online", q("2", "h"), 10, q("0", "CNY"));
        session("2024-07-01", "hq", "n1", "induction", "internal", "online", q("6", "class_hour"), 30, q("0", "CNY"));
        session("2024-07-02", "hq", "n1", "induction", "internal", "offline", q("8", "class_hour"), 30, q("0", "CNY"));
        Map<String, ComputedFact> f = facts();
        assertThat(f.get("product_quality_training_sessions@group@2024").value()).isEqualByComparingTo("3");
        assertThat(f.get("product_quality_training_sessions@group@2024[training_type=internal]").value()).isEqualByComparingTo("2");
        assertThat(f.get("product_quality_training_sessions@group@2024[training_type=internal]").rows())
                .containsExactly(row(2), row(4));
        assertThat(f.get("product_quality_training_sessions@group@2024[training_type=external]").value()).isEqualByComparingTo("1");
        assertThat(f.get("product_quality_training_hours@group@2024").value()).isEqualByComparingTo("6");
        assertThat(f).doesNotContainKey("product_quality_training_hours@group@2024[training_type=internal]");
        assertThat(f.get("new_employee_training_class_hours@group@2024").value()).isEqualByComparingTo("14");
        assertThat(f.get("new_employee_training_class_hours@group@2024[delivery=online]").value()).isEqualByComparingTo("6");
        assertThat(f.get("new_employee_training_class_hours@group@2024[delivery=offline]").value()).isEqualByComparingTo("8");
    }

    @Test
    void factsComeOutInKeyOrderOnePerYearWithTheCataloguesUnits() {
        session("2024-01-10", "hq", "tax", q("1", "h"), 10);
        session("2023-01-10", "hq", "tax", q("1", "h"), 10);
        List<ComputedFact> facts = TrainingFigures.of(LedgerRows.of(rows), CONTEXT);
        assertThat(facts).extracting(x -> x.key().canonical()).isSorted();
        assertThat(facts).allSatisfy(x -> {
            assertThat(x.unit()).isEqualTo(UNITS.get(x.key().indicator()));
            assertThat(x.notAvailable()).isEmpty();
        });
        assertThat(facts).extracting(x -> x.key().toString()).contains("tax_training_sessions@group@2023",
                "tax_training_sessions@group@2024");
    }

    @Test
    void noSessionsNoFacts() {
        assertThat(TrainingFigures.of(LedgerRows.of(List.of()), CONTEXT)).isEmpty();
    }

    @Test
    void theKindListsEveryIndicatorItsRulesYield() {
        assertThat(new TrainingKind().indicators()).hasSize(TrainingFigures.RULES.size())
                .containsExactlyInAnyOrderElementsOf(TrainingFigures.RULES.stream().map(TrainingFigures.Rule::indicator).toList());
        for (String type : TrainingLedger.TYPE.codes()) {
            session("2024-01-10", "hq", type, q("1", "h"), 10);
            session("2024-01-11", "hq", type, q("1", "class_hour"), 10);
        }
        assertThat(facts().values()).extracting(x -> x.key().indicator()).containsOnlyElementsOf(new TrainingKind().indicators())
                .containsAll(new TrainingKind().indicators());
    }
}
