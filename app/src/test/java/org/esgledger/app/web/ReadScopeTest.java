package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reading within one's scope (docs/web.md, "Who reads what"): the figure list shows a contributor only the values of their
 * entities; a consolidated value only to someone whose scope names every entity it rolls up; inside a readable value the
 * batches of ledger kinds outside the scope are left out and counted; the dashboard shows a contributor their part only.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadScopeTest {

    @Autowired
    ApplicationContext spring;
    @Autowired
    MockMvc mvc;
    @Autowired
    Changes changes;

    private ScopedDemo demo;

    @BeforeAll
    void workspace() throws Exception {
        demo = ScopedDemo.on(spring, mvc, "scope");
    }

    private MockHttpServletResponse page(String path, MockHttpSession session, String language) throws Exception {
        return mvc.perform(get(path).session(session).header("Accept-Language", language)).andReturn().getResponse();
    }

    @Test
    void theListShowsAContributorTheValuesOfTheirEntityOnly() throws Exception {
        String mine = page("/figures?year=2024", demo.contributorA, "en").getContentAsString();
        assertThat(mine).contains(">" + ScopedDemo.VALUE_A + "<").doesNotContain(ScopedDemo.VALUE_B).doesNotContain("@group@")
                .contains("Only the values of your scope are listed");
        String all = page("/figures?year=2024", demo.auditor, "en").getContentAsString();
        assertThat(all).contains(ScopedDemo.VALUE_A, ScopedDemo.VALUE_B, ScopedDemo.GROUP).doesNotContain("Only the values of your scope");
    }

    @Test
    void aConsolidatedValueIsReadOnlyWithEveryEntityItRollsUp() throws Exception {
        String group = "/figures/" + demo.id(ScopedDemo.GROUP);
        MockHttpServletResponse refused = page(group, demo.contributorA, "zh-CN");
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentAsString()).contains("无权对entity group查看数据").doesNotContain("employees-2024.csv");
        List<AuditEvent> trail = changes.events(AuditQuery.ALL);
        AuditEvent last = trail.get(trail.size() - 1);
        assertThat(last.actor() + " " + last.action() + " " + last.subjectKind() + " " + last.subjectId()).isEqualTo("scope.a refused entity group");
        assertThat(last.after()).contains("\"attempted\":\"read\"");

        MockHttpServletResponse read = page(group, demo.everyEntity, "en");
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString()).contains("Stored fact").contains("outside your scope (not shown)")
                .as("the roster batch: a ledger kind outside the scope").doesNotContain("employees-2024.csv");
        assertThat(page(group, demo.auditor, "en").getContentAsString()).contains("employees-2024.csv").doesNotContain("outside your scope");
    }

    @Test
    void theDashboardShowsAContributorTheirPartOnly() throws Exception {
        String mine = page("/?year=2024", demo.contributorA, "en").getContentAsString();
        assertThat(mine).contains("You see the ledgers, stored facts and values of your scope only").doesNotContain("figures-heading")
                .doesNotContain("Findings by severity").contains("No ledger imported yet");
        String all = page("/?year=2024", demo.manager, "en").getContentAsString();
        assertThat(all).contains("figures-heading").contains("Findings by severity").doesNotContain("of your scope only");
    }
}
