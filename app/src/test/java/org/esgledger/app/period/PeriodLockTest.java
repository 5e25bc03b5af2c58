package org.esgledger.app.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.esgledger.app.TestFiles.csv;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.FactView;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A locked year's values change only as restatements, which keep the published value, the new one and the reason. */
@StoreTest
class PeriodLockTest {

    static final String HEADER = "indicator,entity,period,breakdown,nature,value,unit,status,source,note";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Facts facts;
    @Autowired
    Locks locks;
    @Autowired
    Changes changes;

    @Test
    void aLockedYearChangesOnlyAsARestatement() {
        workspaces.demoToChange();
        facts.load(csv("v1.csv", HEADER, "employees_total,group,2032,,actual,100,人,draft,HR,"), TestActors.manager("first"));
        locks.lock(2032, "published 2033-04-18", TestActors.manager("first"));
        assertThat(locks.lockOf(2032)).map(PeriodLock::reason).contains("published 2033-04-18");

        Throwable refused = catchThrowable(() -> facts.load(csv("v2.csv", HEADER, "employees_total,group,2032,,actual,104,人,draft,HR,"),
                TestActors.manager("second")));
        assertThat(refused).isInstanceOf(EsgException.class);
        assertThat(((EsgException) refused).text().en()).startsWith("2032 is locked (by first");
        assertThat(((EsgException) refused).text().zh()).startsWith("2032 年度已锁定");
        assertThat(value()).as("nothing changed").isEqualByComparingTo("100");
        AuditEvent last = last();
        assertThat(last.action()).isEqualTo("refused");
        assertThat(last.after()).contains("\"attempted\":\"load\"");

        Throwable noReason = catchThrowable(() -> facts.load(csv("v2.csv", HEADER, "employees_total,group,2032,,actual,104,人,draft,HR,"),
                TestActors.manager("second"), Restatement.because(" ")));
        assertThat(((EsgException) noReason).text().en()).startsWith("A restatement needs a reason");
        assertThat(value()).isEqualByComparingTo("100");

        facts.load(csv("v2.csv", HEADER, "employees_total,group,2032,,actual,104,人,draft,HR,"), TestActors.manager("second"),
                Restatement.because("headcount of a subsidiary was left out"));
        assertThat(value()).isEqualByComparingTo("104");
        List<Restated> restated = locks.restatements(2032, 2032);
        assertThat(restated).hasSize(1);
        Restated r = restated.get(0);
        assertThat(r.before().number()).isEqualByComparingTo("100");
        assertThat(r.after().number()).isEqualByComparingTo("104");
        assertThat(r.reason()).isEqualTo("headcount of a subsidiary was left out");
        assertThat(r.by()).isEqualTo("second");
        AuditEvent restate = changes.events(AuditQuery.ALL).stream().filter(e -> e.seq() == r.auditSeq()).findFirst().orElseThrow();
        assertThat(restate.action()).isEqualTo("restate");
        assertThat(restate.reason()).isEqualTo("headcount of a subsidiary was left out");
    }

    @Test
    void aYearIsLockedOnceWithAReasonByAManager() {
        workspaces.demoToChange();
        locks.lock(2031, "published", TestActors.manager("first"));
        Throwable again = catchThrowable(() -> locks.lock(2031, "again", TestActors.manager("first")));
        assertThat(((EsgException) again).text().en()).startsWith("2031 is already locked");
        Throwable noReason = catchThrowable(() -> locks.lock(2030, "", TestActors.manager("first")));
        assertThat(((EsgException) noReason).text().en()).startsWith("Locking 2030 needs a reason");
        assertThat(locks.lockOf(2030)).isEmpty();
        assertThat(last().action()).isEqualTo("refused");
    }

    private BigDecimal value() {
        FactView f = facts.list(Optional.of(2032)).stream().filter(x -> x.indicator().equals("employees_total")
                && x.entity().equals("group")).findFirst().orElseThrow();
        return new BigDecimal(f.plain());
    }

    private AuditEvent last() {
        List<AuditEvent> all = changes.events(AuditQuery.ALL);
        return all.get(all.size() - 1);
    }
}
