package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.user.NewUser;
import org.esgledger.app.user.SignInCodes;
import org.esgledger.app.user.SignIns;
import org.esgledger.app.user.Users;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The fact grid and the review queue on the demo (docs/web.md): what a contributor sees and enters, a value's problem at its
 * cell with nothing stored, submission, approval by another user, the four-eyes rule, a rejection's reason back on the
 * contributor's grid, another entity's grid refused by URL, an auditor who can change nothing.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactGridTest {

    static final String XIAMEN = "site_xiamen";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    SignInCodes codes;
    @Autowired
    SignIns signIns;
    @Autowired
    Users users;
    @Autowired
    Facts facts;

    @Autowired
    WebAccounts accounts;
    private MockHttpSession contributor;
    private MockHttpSession reviewer;
    private MockHttpSession both;
    private MockHttpSession other;
    private MockHttpSession auditor;
    private MockHttpSession energyOnly;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.demoToChange();
        accounts.admin(users.actor(Optional.of(DemoWorkspace.MANAGER)));
        contributor = user("grid.contributor", Set.of(Role.CONTRIBUTOR), Set.of(XIAMEN), Set.of());
        reviewer = user("grid.reviewer", Set.of(Role.REVIEWER), Set.of(XIAMEN), Set.of());
        both = user("grid.both", Set.of(Role.CONTRIBUTOR, Role.REVIEWER), Set.of(XIAMEN), Set.of());
        other = user("grid.tangxia", Set.of(Role.CONTRIBUTOR), Set.of("tangxia"), Set.of());
        energyOnly = user("grid.energy", Set.of(Role.CONTRIBUTOR), Set.of(XIAMEN), Set.of("E06"));
        accounts.withPassword("grid.auditor", Role.AUDITOR);
        auditor = accounts.session("grid.auditor", "10.40.0.6");
    }

    private MockHttpSession user(String name, Set<Role> roles, Set<String> entities, Set<String> groups) throws Exception {
        var enrolment = codes.enrol(accounts.admin(), new NewUser(name, "", roles, Optional.empty()));
        signIns.setPassword(name, enrolment.code().code(), WebAccounts.PASSWORD, "test");
        users.scope(accounts.admin(), name, new Scope(entities, Set.of(), groups));
        return accounts.session(name, "10.40.0.1");
    }

    static String id(String indicator) {
        return new FactKey(indicator, XIAMEN, new Period.FiscalYear(2024), Breakdown.TOTAL, Nature.ACTUAL).id();
    }

    private FactView fact(String id) {
        return facts.list(Optional.of(2024)).stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private MockHttpServletRequestBuilder save(String indicator, String value) {
        return post("/facts/row").param("entity", XIAMEN).param("year", "2024").param("row", id(indicator)).param("value", value)
                .param("unit", "").with(csrf()).header("Accept-Language", "en");
    }

    private String grid(MockHttpSession session) throws Exception {
        return mvc.perform(get("/facts").param("entity", XIAMEN).param("year", "2024").session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theGridShowsTheIndicatorsInScopeWithThePriorYearBeside() throws Exception {
        String page = grid(contributor);
        assertThat(page).contains("Facts of site_xiamen, FY2024", "<th scope=\"col\" class=\"number\">FY2023</th>",
                "id=\"row-" + id("infosec_training_participants") + "\"", ">664</td>", ">253</td>", "id=\"row-" + id("employees_total") + "\"",
                "edit=" + id("employees_total") + "#row-" + id("employees_total"), "hx-get=\"/facts/row?entity=site_xiamen&amp;year=2024&amp;row=" + id("employees_total") + "&amp;edit=true\"");
        String energy = grid(energyOnly);
        assertThat(energy).contains("id=\"row-" + id("energy_consumption") + "\"")
                .doesNotContain("infosec_training_participants", "employees_total");
    }

    @Test
    void aBadValueIsShownAtItsCellAndNothingIsStored() throws Exception {
        String row = id("infosec_training_participants");
        FactStatus was = fact(row).status();
        Instant since = Instant.now();
        mvc.perform(save("infosec_training_participants", "lots").session(contributor).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"row-" + row + "\""), containsString("id=\"value-" + row + "-problem\""),
                        containsString("is not a number"), containsString("aria-invalid=\"true\""), containsString("value=\"lots\""),
                        not(containsString("<html")))));
        mvc.perform(save("infosec_training_participants", "lots").session(contributor).param("lang", "zh"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("不是数字"), containsString("<html"))));
        assertThat(fact(row).plain()).isEqualTo("253");
        assertThat(fact(row).status()).isEqualTo(was);
        // a value computed from ledger rows is changed in its ledger, not in the grid
        assertThat(grid(contributor)).contains("computed from ledger rows").doesNotContain("edit=" + id("infosec_training_sessions"));
        mvc.perform(save("infosec_training_sessions", "6").session(contributor).header("HX-Request", "true"))
                .andExpect(content().string(containsString("is computed from ledger rows")));
        assertThat(accounts.events("grid.contributor", since)).noneMatch(e -> e.action().startsWith("fact_"));
    }

    @Test
    void aContributorEntersAndSubmitsAndAnotherUserApproves() throws Exception {
        String row = id("infosec_training_coverage");
        Instant since = Instant.now();
        mvc.perform(get("/facts/row").param("entity", XIAMEN).param("year", "2024").param("row", row).param("edit", "true")
                        .session(contributor).header("HX-Request", "true"))
                .andExpect(content().string(allOf(containsString("name=\"value\""), containsString("form=\"f-" + row + "\""),
                        containsString("name=\"_csrf\""))));
        mvc.perform(save("infosec_training_coverage", "80").session(contributor).header("HX-Request", "true"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString(">80</td>"), containsString("Draft"))));
        assertThat(fact(row).plain()).isEqualTo("80");
        assertThat(fact(row).status()).isEqualTo(FactStatus.DRAFT);
        assertThat(accounts.events("grid.contributor", since)).extracting(AuditEvent::action).containsExactly("fact_edit");
        mvc.perform(post("/facts/submit").param("entity", XIAMEN).param("year", "2024").param("fact", row).with(csrf()).session(contributor))
                .andExpect(redirectedUrl("/facts?entity=site_xiamen&year=2024"));
        assertThat(fact(row).status()).isEqualTo(FactStatus.SUBMITTED);
        String queue = mvc.perform(get("/review").session(reviewer).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(queue).contains("id=\"review-" + row + "\"", ">71 percent</td>", ">80 percent</td>", "9 (12.7 %)", "href=\"/facts/" + row + "\"");
        mvc.perform(post("/review/approve").param("kind", "fact").param("id", row).with(csrf()).session(reviewer))
                .andExpect(redirectedUrl("/review"));
        assertThat(fact(row).status()).isEqualTo(FactStatus.APPROVED);
        assertThat(grid(contributor)).contains("by grid.reviewer");
    }

    @Test
    void theFourEyesRuleRefusesApprovingOnesOwnValue() throws Exception {
        String row = id("volunteers");
        mvc.perform(save("volunteers", "12").session(both)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/facts/submit").param("entity", XIAMEN).param("year", "2024").param("fact", row).with(csrf()).session(both));
        String after = mvc.perform(post("/review/approve").param("kind", "fact").param("id", row).with(csrf()).session(both))
                .andExpect(redirectedUrl("/review")).andReturn().getFlashMap().get("problem").toString();
        assertThat(after).contains("grid.both", "four-eyes");
        assertThat(fact(row).status()).isEqualTo(FactStatus.SUBMITTED);
        mvc.perform(get("/review").session(both).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("You entered it")));
    }

    @Test
    void aRejectionsReasonGoesBackToTheContributor() throws Exception {
        String row = id("employees_total");
        mvc.perform(save("employees_total", "120").session(contributor)).andExpect(status().is3xxRedirection());
        assertThat(fact(row).plain()).isEqualTo("120");
        mvc.perform(post("/facts/submit").param("entity", XIAMEN).param("year", "2024").param("fact", row).with(csrf()).session(contributor));
        mvc.perform(post("/review/reject").param("kind", "fact").param("id", row).param("reason", "<b>check</b> the March roster")
                .with(csrf()).session(reviewer)).andExpect(redirectedUrl("/review"));
        assertThat(fact(row).status()).isEqualTo(FactStatus.REJECTED);
        assertThat(grid(contributor)).contains("Returned by grid.reviewer: &lt;b&gt;check&lt;/b&gt; the March roster", "returned by a reviewer")
                .doesNotContain("<b>check</b>");
        mvc.perform(get("/review").session(contributor).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("Returned to you (1)"), containsString("the March roster"))));
    }

    @Test
    void anotherEntitysGridIsRefusedByUrlAndTheRefusalRecorded() throws Exception {
        Instant since = Instant.now();
        mvc.perform(get("/facts").param("entity", XIAMEN).param("year", "2024").session(other).header("Accept-Language", "zh-CN"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("grid.tangxia"), containsString("范围"), not(containsString("infosec")))));
        mvc.perform(get("/facts/row").param("entity", XIAMEN).param("year", "2024").param("row", id("infosec_training_sessions"))
                .session(other)).andExpect(status().isForbidden());
        mvc.perform(save("employees_total", "1").session(other)).andExpect(status().isForbidden());
        mvc.perform(get("/facts/" + id("infosec_training_sessions")).session(other)).andExpect(status().isForbidden());
        List<AuditEvent> refused = accounts.events("grid.tangxia", since);
        assertThat(refused).extracting(AuditEvent::action).containsOnly("refused").hasSizeGreaterThanOrEqualTo(3);
        assertThat(refused.get(0).after()).contains("\"attempted\":\"read\"");
        mvc.perform(get("/facts").session(other).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Facts of tangxia")));
    }

    @Test
    void anAuditorReadsTheGridButChangesNothing() throws Exception {
        String row = id("infosec_training_participants");
        assertThat(grid(auditor)).contains(">253</td>").doesNotContain("hx-get=\"/facts/row", "id=\"selection\"");
        mvc.perform(save("infosec_training_participants", "1").session(auditor)).andExpect(status().isForbidden())
                .andExpect(content().string(containsString("auditor")));
        mvc.perform(post("/facts/submit").param("entity", XIAMEN).param("year", "2024").param("fact", row).with(csrf()).session(auditor))
                .andExpect(status().isForbidden());
        mvc.perform(post("/review/approve").param("kind", "fact").param("id", row).with(csrf()).session(auditor))
                .andExpect(status().isForbidden());
        mvc.perform(post("/facts/comment").param("entity", XIAMEN).param("year", "2024").param("fact", row).param("text", "no")
                .with(csrf()).session(auditor)).andExpect(status().isForbidden());
        mvc.perform(multipart("/facts/evidence").file(new MockMultipartFile("file", "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                .param("entity", XIAMEN).param("year", "2024").param("fact", row).with(csrf()).session(auditor)).andExpect(status().isForbidden());
        mvc.perform(save("infosec_training_participants", "1").session(auditor).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        assertThat(fact(row).plain()).isEqualTo("253");
    }

    @Test
    void aContributorCommentsAndAttachesEvidenceToARow() throws Exception {
        String row = id("infosec_training_participants");
        mvc.perform(post("/facts/comment").param("entity", XIAMEN).param("year", "2024").param("fact", row).param("text", "from the LMS export")
                .with(csrf()).session(contributor)).andExpect(redirectedUrl("/facts?entity=site_xiamen&year=2024#row-" + row));
        mvc.perform(multipart("/facts/evidence").file(new MockMultipartFile("file", "lms.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)))
                .param("entity", XIAMEN).param("year", "2024").param("fact", row).param("note", "export").with(csrf()).session(contributor))
                .andExpect(status().is3xxRedirection());
        assertThat(grid(contributor)).contains(">lms.csv</a>", "one comment");
        mvc.perform(get("/facts/" + row).session(contributor).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("from the LMS export"), containsString(">lms.csv</a>"))));
    }
}
