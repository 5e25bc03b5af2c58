package org.esgledger.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.esgledger.app.TestFiles.csv;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.fact.FactVersion;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Submit, approve, reject through the store: who may, four-eyes, reasons, selections, batches; refusals change nothing and are recorded. */
@StoreTest
class ReviewsTest {

    static final String HEADER = "indicator,entity,period,breakdown,nature,value,unit,status,source,note";
    static final Actor CLERK = Actor.user("clerk", Set.of(Role.CONTRIBUTOR), new Scope(Set.of("group"), Set.of("energy"), Set.of()));
    static final Actor REVIEWER = Actor.user("checker", Set.of(Role.REVIEWER), new Scope(Set.of("group"), Set.of("energy"), Set.of()));
    static final Actor BOSS = TestActors.manager("boss");

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Reviews reviews;
    @Autowired
    Facts facts;
    @Autowired
    Changes changes;
    @Autowired
    JdbcClient jdbc;

    private String load(Actor by, String... rows) {
        String[] lines = new String[rows.length + 1];
        lines[0] = HEADER;
        System.arraycopy(rows, 0, lines, 1, rows.length);
        facts.load(csv("review.csv", lines), by);
        return fact("employees_total", 2032).id();
    }

    private FactView fact(String indicator, int year) {
        return facts.list(Optional.of(year)).stream().filter(f -> f.indicator().equals(indicator)).findFirst().orElseThrow();
    }

    private static EsgException refusal(Runnable action) {
        Throwable t = catchThrowable(action::run);
        assertThat(t).isInstanceOf(EsgException.class);
        return (EsgException) t;
    }

    private AuditEvent lastEvent() {
        List<AuditEvent> all = changes.events(AuditQuery.ALL);
        return all.get(all.size() - 1);
    }

    @Test
    void aContributorSubmitsAndASecondUserApproves() {
        workspaces.demoToChange();
        String id = load(CLERK, "employees_total,group,2032,,actual,100,人,draft,HR,");
        Reviewed submitted = reviews.submit(CLERK, new Selection.Fact(id), "");
        assertThat(submitted.facts()).containsExactly(id);
        assertThat(fact("employees_total", 2032).status()).isEqualTo(FactStatus.SUBMITTED);

        reviews.approve(REVIEWER, new Selection.Fact(id), "checked against the roster");
        FactView approved = fact("employees_total", 2032);
        assertThat(approved.status()).isEqualTo(FactStatus.APPROVED);
        assertThat(approved.provenance().approvedBy()).hasValue("checker");
        assertThat(facts.approvedByEntrant(List.of(id))).isEmpty();
        assertThat(facts.history(id)).extracting(FactVersion::status, FactVersion::by, FactVersion::action).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FactStatus.DRAFT, "clerk", "load"),
                org.assertj.core.groups.Tuple.tuple(FactStatus.SUBMITTED, "clerk", "submit"),
                org.assertj.core.groups.Tuple.tuple(FactStatus.APPROVED, "checker", "approve"));
        AuditEvent approval = lastEvent();
        assertThat(approval.action()).isEqualTo("approve");
        assertThat(approval.before()).contains("\"status\":\"submitted\"");
        assertThat(approval.after()).contains("\"status\":\"approved\"");
        assertThat(approval.reason()).isEqualTo("checked against the roster");

        EsgException again = refusal(() -> reviews.approve(REVIEWER, new Selection.Fact(id), ""));
        assertThat(again.text().en()).isEqualTo("fact " + id + " is approved: approve applies only to a value that is submitted");
    }

    @Test
    void approvingOnesOwnEntryIsRefusedWithFourEyesAndFlaggedWithoutIt() {
        workspaces.demoToChange();
        String id = load(BOSS, "employees_total,group,2032,,actual,100,人,draft,HR,");
        reviews.submit(BOSS, new Selection.Fact(id), "");
        long eventsBefore = changes.events(AuditQuery.ALL).size();

        EsgException own = refusal(() -> reviews.approve(BOSS, new Selection.Fact(id), ""));
        assertThat(own.text().en()).startsWith("boss may not approve fact " + id + ": they entered or imported it");
        assertThat(own.text().zh()).contains("四眼原则");
        assertThat(fact("employees_total", 2032).status()).as("nothing changed").isEqualTo(FactStatus.SUBMITTED);
        assertThat(changes.events(AuditQuery.ALL)).hasSize((int) eventsBefore + 1);
        assertThat(lastEvent().action()).isEqualTo("refused");
        assertThat(lastEvent().after()).contains("\"attempted\":\"approve\"");

        assertThat(refusal(() -> reviews.fourEyes(BOSS, false, " ")).text().en()).contains("needs a reason");
        assertThat(refusal(() -> reviews.fourEyes(CLERK, false, "one-person company")).text().en()).contains("clerk may not");
        assertThat(reviews.fourEyes()).isTrue();
        reviews.fourEyes(BOSS, false, "one-person company");
        assertThat(reviews.fourEyes()).isFalse();
        assertThat(lastEvent().action()).isEqualTo("setting");
        reviews.approve(BOSS, new Selection.Fact(id), "");
        assertThat(fact("employees_total", 2032).status()).isEqualTo(FactStatus.APPROVED);
        assertThat(facts.approvedByEntrant(List.of(id))).containsExactly(id);
        assertThat(lastEvent().after()).contains("\"approved_by_entrant\":\"true\"");
    }

    @Test
    void aRejectionNeedsAReasonAndTheValueCanBeSubmittedAgain() {
        workspaces.demoToChange();
        String id = load(CLERK, "employees_total,group,2032,,actual,100,人,draft,HR,");
        reviews.submit(CLERK, new Selection.Fact(id), "");
        EsgException noReason = refusal(() -> reviews.reject(REVIEWER, new Selection.Fact(id), ""));
        assertThat(noReason.text().en()).isEqualTo("A rejection needs a reason (--reason \"...\")");
        assertThat(fact("employees_total", 2032).status()).isEqualTo(FactStatus.SUBMITTED);

        EsgException notAReviewer = refusal(() -> reviews.reject(CLERK, new Selection.Fact(id), "typo"));
        assertThat(notAReviewer.text().en()).contains("clerk may not").contains("manager / reviewer");

        reviews.reject(REVIEWER, new Selection.Fact(id), "the roster says 104");
        assertThat(fact("employees_total", 2032).status()).isEqualTo(FactStatus.REJECTED);
        assertThat(jdbc.sql("select rejection_reason from fact where id = ?").param(id).query(String.class).single())
                .isEqualTo("the roster says 104");
        reviews.submit(CLERK, new Selection.Fact(id), "corrected");
        assertThat(fact("employees_total", 2032).status()).isEqualTo(FactStatus.SUBMITTED);
    }

    @Test
    void aFilterSelectsTheFactsInAStateTheStepAppliesTo() {
        workspaces.demoToChange();
        load(CLERK, "employees_total,group,2032,,actual,100,人,draft,HR,", "rd_staff,group,2032,,actual,20,人,draft,HR,",
                "rd_staff,group,2031,,actual,18,人,draft,HR,");
        Reviewed year = reviews.submit(CLERK, new Selection.Filter(Optional.of("GROUP"), Optional.empty(), Optional.of(2032)), "");
        assertThat(year.facts()).hasSize(2);
        Reviewed one = reviews.approve(REVIEWER, new Selection.Filter(Optional.empty(), Optional.of("rd_staff"), Optional.of(2032)), "");
        assertThat(one.facts()).containsExactly(fact("rd_staff", 2032).id());
        assertThat(fact("rd_staff", 2032).status()).isEqualTo(FactStatus.APPROVED);
        assertThat(fact("employees_total", 2032).status()).isEqualTo(FactStatus.SUBMITTED);
        assertThat(fact("rd_staff", 2031).status()).isEqualTo(FactStatus.DRAFT);

        EsgException nothing = refusal(() -> reviews.approve(REVIEWER,
                new Selection.Filter(Optional.empty(), Optional.of("rd_staff"), Optional.of(2031)), ""));
        assertThat(nothing.text().en()).isEqualTo("Nothing to approve in facts indicator=rd_staff year=2031: no fact there is submitted");
        EsgException unknown = refusal(() -> reviews.submit(CLERK, new Selection.Fact("F0000000000000000"), ""));
        assertThat(unknown.text().en()).isEqualTo("There is no fact F0000000000000000 in this workspace");
    }

    @Test
    void aBatchIsReviewedAndItsComputedFactsOnlyAfterIt() {
        workspaces.demoToChange();
        String computed = jdbc.sql("""
                select f.id from fact f join fact_source_row r on r.fact_id = f.id join ledger_batch b on b.id = r.batch_id
                where f.status = 'draft' and b.kind = 'energy'
                group by f.id having count(distinct r.batch_id) = 1 order by f.id limit 1""")
                .query(String.class).single();
        long batch = jdbc.sql("select min(batch_id) from fact_source_row where fact_id = ?").param(computed).query(Long.class).single();
        Actor second = TestActors.manager("second");
        Actor energyClerk = Actor.user("energy.clerk", Set.of(Role.CONTRIBUTOR), new Scope(Set.of(), Set.of("waste"), Set.of()));
        EsgException outside = refusal(() -> reviews.submit(energyClerk, new Selection.Batch(batch), ""));
        assertThat(outside.text().en()).contains("outside their scope");

        reviews.submit(BOSS, new Selection.Fact(computed), "");
        EsgException early = refusal(() -> reviews.approve(second, new Selection.Fact(computed), ""));
        assertThat(early.text().en()).startsWith("Fact " + computed + " is computed from 1 ledger batch(es) not yet approved");

        reviews.submit(CLERK, new Selection.Batch(batch), "");
        reviews.approve(REVIEWER, new Selection.Batch(batch), "");
        assertThat(jdbc.sql("select status || ' ' || reviewed_by from ledger_batch where id = ?").param(batch).query(String.class).single())
                .isEqualTo("approved checker");
        reviews.approve(second, new Selection.Fact(computed), "");
        assertThat(facts.list(Optional.empty()).stream().filter(f -> f.id().equals(computed)).findFirst().orElseThrow().status())
                .isEqualTo(FactStatus.APPROVED);
    }
}
