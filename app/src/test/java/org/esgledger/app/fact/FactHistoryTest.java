package org.esgledger.app.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;
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
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every value a fact held is kept with who, when and why; a load outside the actor's scope changes nothing and is recorded. */
@StoreTest
class FactHistoryTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Facts facts;
    @Autowired
    Changes changes;

    @Test
    void everyValueAFactHeldIsKept() {
        workspaces.demoToChange();
        facts.load(csv("v1.csv", FactLoadingTest.HEADER, "employees_total,group,2032,,actual,100,人,draft,HR,"), TestActors.manager("first"));
        facts.load(csv("v1-again.csv", FactLoadingTest.HEADER, "employees_total,group,2032,,actual,100,人,draft,HR,"),
                TestActors.manager("first"));
        facts.load(csv("v2.csv", FactLoadingTest.HEADER, "employees_total,group,2032,,actual,104,人,draft,HR,"), TestActors.manager("second"));
        String id = facts.list(Optional.of(2032)).stream().filter(f -> f.indicator().equals("employees_total")).findFirst().orElseThrow().id();

        List<FactVersion> history = facts.history(id);
        assertThat(history).extracting(FactVersion::version, v -> v.value().orElseThrow(), FactVersion::by, FactVersion::action)
                .as("the same value loaded again is no new version")
                .containsExactly(tuple(1, "100", "first", "load"),
                        tuple(2, "104", "second", "load"));
        AuditEvent load = changes.events(AuditQuery.ALL).stream().filter(e -> e.seq() == history.get(1).auditSeq()).findFirst().orElseThrow();
        assertThat(load.actor()).isEqualTo("second");
        assertThat(load.after()).contains("\"file\":\"v2.csv\"");
        assertThat(load.entities()).containsExactly("group");
    }

    @Test
    void aLoadOutsideTheActorsScopeIsRefusedAndRecorded() {
        workspaces.demo();
        Actor clerk = Actor.user("plant.clerk", Set.of(Role.CONTRIBUTOR), new Scope(Set.of("tangxia"), Set.of(), Set.of()));
        long factsBefore = facts.count();
        Throwable refused = catchThrowable(() -> facts.load(csv("outside.csv", FactLoadingTest.HEADER,
                "employees_total,group,2033,,actual,100,人,draft,HR,"), clerk));
        assertThat(refused).isInstanceOf(EsgException.class);
        assertThat(((EsgException) refused).text().en()).isEqualTo(
                "plant.clerk may not enter or load facts for entity group: it is outside their scope (entity tangxia)");
        assertThat(((EsgException) refused).text().zh()).contains("超出其范围");
        assertThat(facts.count()).as("nothing changed").isEqualTo(factsBefore);
        List<AuditEvent> byClerk = changes.events(new AuditQuery(Optional.empty(), Optional.empty(), Optional.of("plant.clerk")));
        AuditEvent last = byClerk.get(byClerk.size() - 1);
        assertThat(last.action()).isEqualTo("refused");
        assertThat(last.after()).contains("\"attempted\":\"load\"");
    }
}
