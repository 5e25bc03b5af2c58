package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.audit.UntilNextChange;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.fact.EnteredValue;
import org.esgledger.app.fact.FactEntries;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.user.NewUser;
import org.esgledger.app.user.SignInCodes;
import org.esgledger.app.user.SignIns;
import org.esgledger.app.user.Users;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the pages read is kept until the next recorded change (ADR 0024, {@link UntilNextChange}): a recorded change is seen
 * at the next request (a renamed entity on the fact grid, a value entered in the stored facts), a user's narrowed scope
 * takes effect at their next request, and nothing is kept inside a transaction that writes.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeptUntilChangeTest {

    private static final String XIAMEN = "site_xiamen";
    private static final String TANGXIA = "tangxia";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    WebAccounts accounts;
    @Autowired
    SignInCodes codes;
    @Autowired
    SignIns signIns;
    @Autowired
    Users users;
    @Autowired
    Changes changes;
    @Autowired
    UntilNextChange kept;
    @Autowired
    Organisation organisation;
    @Autowired
    FactEntries entries;
    @Autowired
    Facts facts;
    @Autowired
    PlatformTransactionManager transactions;

    private Actor manager;
    private MockHttpSession managerSession;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.demoToChange();
        manager = users.actor(Optional.of(DemoWorkspace.MANAGER));
        accounts.admin(manager);
        accounts.withPassword("kept.manager", Role.MANAGER);
        managerSession = accounts.session("kept.manager", "10.70.0.1");
    }

    private String grid(MockHttpSession session, String entity, int status) throws Exception {
        return mvc.perform(get("/facts").param("entity", entity).param("year", "2024").session(session).header("Accept-Language", "en"))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aValueIsKeptWhileTheChainHeadStaysAndReadAgainOnceItMoved() {
        AtomicInteger reads = new AtomicInteger();
        UntilNextChange.Key key = new UntilNextChange.Key(KeptUntilChangeTest.class, "reads");
        assertThat(kept.get(key, reads::incrementAndGet)).isEqualTo(1);
        assertThat(kept.get(key, reads::incrementAndGet)).isEqualTo(1);
        changes.refused("kept.nobody", Action.REFUSED, Subject.of("user", "kept.nobody"), AppMessages.of("user.unknown", "kept.nobody"));
        assertThat(kept.get(key, reads::incrementAndGet)).isEqualTo(2);
        assertThat(kept.get(key, reads::incrementAndGet)).isEqualTo(2);
        // a transaction that writes may have written rows it has not recorded yet: it reads the store every time
        List<Integer> inside = new TransactionTemplate(transactions).execute(s -> List.of(kept.get(key, reads::incrementAndGet),
                kept.get(key, reads::incrementAndGet)));
        assertThat(inside).containsExactly(3, 4);
    }

    @Test
    void aRenamedEntityIsOnTheGridAtTheNextRequest() throws Exception {
        assertThat(grid(managerSession, XIAMEN, 200)).contains("Xiamen site").doesNotContain("Xiamen campus");
        String renamed = """
                code,parent,kind,name_zh,name_en,country,province,in_boundary,ownership_share,aliases,note
                site_xiamen,group,site,厦门基地,Xiamen campus,CN,FJ,true,1,厦门;Xiamen,renamed by KeptUntilChangeTest
                """;
        organisation.loadEntities(new SourceFile("entities.csv", renamed.getBytes(StandardCharsets.UTF_8)), manager);
        assertThat(grid(managerSession, XIAMEN, 200)).contains("Xiamen campus").doesNotContain("Xiamen site");
    }

    @Test
    void aValueEnteredIsInTheStoredFactsAtTheNextRead() {
        String id = new FactKey("employees_total", XIAMEN, new Period.FiscalYear(2024), Breakdown.TOTAL, Nature.ACTUAL).id();
        assertThat(stored(id)).doesNotContain("4321");
        entries.enter(manager, new EnteredValue("employees_total", XIAMEN, 2024, "", "actual", "4321", "", "kept"));
        assertThat(stored(id)).contains("4321");
    }

    private String stored(String id) {
        return facts.list(Optional.of(2024)).stream().filter(f -> f.id().equals(id)).findFirst()
                .map(f -> f.value().map(Object::toString).orElse("")).orElse("");
    }

    @Test
    void aNarrowedScopeTakesEffectAtTheUsersNextRequest() throws Exception {
        var enrolment = codes.enrol(manager, new NewUser("kept.contributor", "", Set.of(Role.CONTRIBUTOR), Optional.empty()));
        signIns.setPassword("kept.contributor", enrolment.code().code(), WebAccounts.PASSWORD, "test");
        users.scope(manager, "kept.contributor", new Scope(Set.of(XIAMEN, TANGXIA), Set.of(), Set.of()));
        MockHttpSession contributor = accounts.session("kept.contributor", "10.70.0.2");
        assertThat(grid(contributor, TANGXIA, 200)).contains("Facts of tangxia");
        assertThat(grid(contributor, XIAMEN, 200)).contains("<option value=\"tangxia\"");
        users.scope(manager, "kept.contributor", new Scope(Set.of(XIAMEN), Set.of(), Set.of()));
        grid(contributor, TANGXIA, 403);
        assertThat(grid(contributor, XIAMEN, 200)).doesNotContain("<option value=\"tangxia\"");
    }
}
