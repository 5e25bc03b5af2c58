package org.esgledger.app.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgledger.app.TestFiles.csv;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.review.QueuedFact;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.review.Selection;
import org.esgledger.engine.fact.FactKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** What waits for whom on the dashboard, and the dashboard's group parts, through the store. */
@StoreTest
class WaitingWorkTest {

    static final String HEADER = "indicator,entity,period,breakdown,nature,value,unit,status,source,note";
    static final Actor CLERK = Actor.user("clerk", Set.of(Role.CONTRIBUTOR), new Scope(Set.of("zkteco"), Set.of(), Set.of()));
    static final Actor OTHER = Actor.user("other", Set.of(Role.CONTRIBUTOR), new Scope(Set.of("tangxia"), Set.of(), Set.of()));
    static final Actor CHECKER = Actor.user("checker", Set.of(Role.REVIEWER), new Scope(Set.of("zkteco"), Set.of(), Set.of()));
    static final Actor BOSS = TestActors.manager("boss");
    static final Path NO_TEMPLATE = Path.of("no-such-template.xml");

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    WaitingWork waiting;
    @Autowired
    Dashboards dashboards;
    @Autowired
    Readiness readiness;
    @Autowired
    Facts facts;
    @Autowired
    Reviews reviews;

    private String enter(Actor by, String entity, String value) {
        facts.load(csv("dashboard.csv", HEADER, "employees_total," + entity + ",2032,,actual," + value + ",人,draft,HR,"), by);
        return FactKey.parse("employees_total@" + entity + "@2032").orElseThrow().id();
    }

    @Test
    void aContributorSeesTheirRejectedValueWithTheReasonTheirDraftsAndTheRowsToEnter() {
        workspaces.demoToChange();
        String rejected = enter(CLERK, "zkteco", "100");
        reviews.submit(CLERK, new Selection.Fact(rejected), "");
        reviews.reject(CHECKER, new Selection.Fact(rejected), "the roster <b>says</b> 104");
        facts.load(csv("draft.csv", HEADER, "management_employees,zkteco,2032,,actual,5,人,draft,HR,"), CLERK);

        Waiting w = waiting.of(CLERK, 2032, NO_TEMPLATE);

        assertThat(w.returned().facts()).extracting(QueuedFact::id, QueuedFact::reason, QueuedFact::by)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(rejected, "the roster <b>says</b> 104", "checker"));
        assertThat(w.drafts().facts()).extracting(QueuedFact::indicator).containsExactly("management_employees");
        assertThat(w.toReview().isEmpty()).as("a contributor reviews nothing").isTrue();
        assertThat(w.enters()).isTrue();
        assertThat(w.toEnter()).isNotEmpty().allSatisfy(t -> assertThat(t.entity()).isEqualTo("zkteco"));
        assertThat(w.toEnter()).extracting(Waiting.ToEnter::indicator).contains("wastewater_generated")
                .doesNotContain("management_employees");
        assertThat(w.inputsChanged()).as("computing is the manager's").isEmpty();

        Waiting other = waiting.of(OTHER, 2032, NO_TEMPLATE);
        assertThat(other.returned().isEmpty()).as("another contributor's rejection is not theirs").isTrue();
        assertThat(other.toEnter()).allSatisfy(t -> assertThat(t.entity()).isEqualTo("tangxia"));
    }

    @Test
    void aReviewerSeesTheSubmittedValuesOfTheirScopeOnly() {
        workspaces.demoToChange();
        String mine = enter(CLERK, "zkteco", "100");
        String notMine = enter(OTHER, "tangxia", "50");
        reviews.submit(CLERK, new Selection.Fact(mine), "");
        reviews.submit(OTHER, new Selection.Fact(notMine), "");

        Waiting w = waiting.of(CHECKER, 2032, NO_TEMPLATE);

        assertThat(w.toReview().facts()).extracting(QueuedFact::id).containsExactly(mine);
        assertThat(w.enters()).as("a reviewer enters no values").isFalse();
        assertThat(w.toEnter()).isEmpty();
        assertThat(waiting.of(BOSS, 2032, NO_TEMPLATE).toReview().facts()).extracting(QueuedFact::id)
                .containsExactlyInAnyOrder(mine, notMine);
    }

    /** The demo's report template (the starter template has a value for every figure of the demo). */
    static Path demoTemplate(Path dir) {
        return DemoReportTemplate.install(dir);
    }

    @Test
    void aManagerSeesTheTemplatesMissingFiguresAndWhetherTheYearNeedsComputing() {
        workspaces.demoToChange();
        // FY2032 has no data: every figure of the starter template is missing
        ReadinessReport report = readiness.of(2032, NO_TEMPLATE);
        List<String> missing = report.figures().open().stream().filter(f -> f.state() == ReadinessReport.FigureState.MISSING)
                .map(ReadinessReport.Figure::ref).toList();
        assertThat(missing).isNotEmpty().hasSize(report.figures().total());
        Waiting empty = waiting.of(BOSS, 2032, NO_TEMPLATE);
        assertThat(empty.toEnter()).extracting(Waiting.ToEnter::ref).containsExactlyElementsOf(missing);
        assertThat(empty.toEnter()).allSatisfy(t -> assertThat(t.indicator()).isNotEmpty());
        assertThat(empty.inputsChanged()).as("no snapshot of FY2032").isEmpty();
        assertThat(waiting.of(CLERK, 2032, NO_TEMPLATE).toEnter()).as("a contributor gets grid rows, not the template")
                .allSatisfy(t -> assertThat(t.ref()).isEmpty());

        assertThat(waiting.of(BOSS, 2024, NO_TEMPLATE).toEnter()).as("the demo has every figure of FY2024").isEmpty();
        assertThat(waiting.of(BOSS, 2024, NO_TEMPLATE).inputsChanged()).as("the demo's snapshot is of its inputs").contains(false);
        facts.load(csv("new.csv", HEADER, "employees_total,zkteco,2024,,actual,1234,人,draft,HR,"), BOSS);
        assertThat(waiting.of(BOSS, 2024, NO_TEMPLATE).inputsChanged()).as("a value of the year changed").contains(true);
    }

    @Test
    void theShareBackedByApprovedValuesIsCountedPerChapterAndPerEntity(@TempDir Path dir) {
        workspaces.demo();
        ReadinessReport.Figures f = readiness.of(2024, demoTemplate(dir)).figures();
        assertThat(f.entities()).isNotEmpty();
        assertThat(f.entities().stream().mapToInt(ReadinessReport.EntityShare::figures).sum()).isEqualTo(f.total());
        assertThat(f.chapters().stream().mapToInt(ReadinessReport.Chapter::approved).sum())
                .isEqualTo(f.entities().stream().mapToInt(ReadinessReport.EntityShare::approved).sum());
        assertThat(f.chapters()).allSatisfy(c -> assertThat(c.approved()).isLessThanOrEqualTo(c.figures() - c.missing() - c.draft()));
        assertThat(f.entities()).anySatisfy(e -> assertThat(e.approved()).isPositive());
        ReadinessReport.EntityShare half = new ReadinessReport.EntityShare("x", f.entities().get(0).name(), 3, 2);
        assertThat(half.approvedPercent()).isEqualTo(66);
    }

    @Test
    void theDashboardLinksFindingsToFiguresDrawsKeyFiguresAndListsTheChangesTheReaderMayRead() {
        workspaces.demoToChange();
        enter(CLERK, "zkteco", "100");
        Dashboard manager = dashboards.of(BOSS, 2024, NO_TEMPLATE);
        assertThat(manager.findingsTotal()).isPositive();
        assertThat(manager.findings()).anySatisfy(x -> assertThat(x.factId()).isPresent());
        assertThat(manager.keyFigures()).isNotEmpty().allSatisfy(k -> {
            assertThat(k.chart().zh()).startsWith("data:image/svg+xml;base64,");
            assertThat(k.factId()).isNotEmpty();
        });
        assertThat(manager.recent()).hasSize(Dashboards.RECENT).extracting(AuditEvent::actor).contains("clerk");

        Dashboard clerk = dashboards.of(CLERK, 2024, NO_TEMPLATE);
        assertThat(clerk.recent()).isNotEmpty().allSatisfy(e -> assertThat(e.actor()).isEqualTo("clerk"));
        assertThat(clerk.findings()).as("the group's findings are not a contributor's").isEmpty();
        assertThat(clerk.keyFigures()).isEmpty();
        assertThat(dashboards.of(BOSS, 2024, NO_TEMPLATE)).as("kept until the next change").isSameAs(manager);
        assertThat(Optional.of(manager.readiness().year())).contains(2024);
    }
}
