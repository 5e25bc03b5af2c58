package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.fact.EnteredValue;
import org.esgledger.app.fact.FactEntries;
import org.esgledger.app.user.Users;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Compute and report (docs/web.md) on the demo: the manager computes a year whose inputs changed and sees the change report
 * (inputs changed, values moved with links to the figure explorer), freezes it; a contributor and an auditor are refused
 * (403, recorded, nothing changed); the manager renders the report, whose files are listed with size and SHA-256 and
 * downloaded (a PDF is a PDF); a name the rendering did not write is refused; a contributor may not take the group's report.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComputeReportTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    Calculations calculations;
    @Autowired
    FactEntries entries;
    @Autowired
    Workspace workspace;

    @Autowired
    WebAccounts accounts;
    private MockHttpSession manager;
    private MockHttpSession contributor;
    private MockHttpSession auditor;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.demoToChange();
        accounts.admin(users.actor(Optional.of(DemoWorkspace.MANAGER)));
        manager = accounts.session(accounts.withPassword("cr.manager", Role.MANAGER), "10.41.0.1");
        accounts.withPassword("cr.a", Role.CONTRIBUTOR);
        users.scope(accounts.admin(), "cr.a", new Scope(Set.of("zkteco"), Set.of(), Set.of()));
        contributor = accounts.session("cr.a", "10.41.0.2");
        auditor = accounts.session(accounts.withPassword("cr.auditor", Role.AUDITOR), "10.41.0.3");
    }

    @Test
    void theManagerComputesSeesWhatChangedAndFreezes() throws Exception {
        long before = calculations.current(2024).orElseThrow().id();
        entries.enter(accounts.admin(), new EnteredValue("volunteers", "zkteco", 2024, Breakdown.TOTAL.code(), "actual", "4321", "", "web test"));
        Instant since = Instant.now();
        String page = ok(mvc.perform(post("/compute").param("year", "2024").param("lang", "en").session(manager).with(csrf())).andReturn()
                .getResponse());
        long after = calculations.current(2024).orElseThrow().id();
        assertThat(after).isNotEqualTo(before);
        assertThat(page).contains("Snapshot #" + after + " created.").contains("Since snapshot #" + before)
                .contains("Inputs changed").contains("Values moved").contains("volunteers").contains("4321")
                .contains("href=\"/figures/" + new FactKey("volunteers", "zkteco", new Period.FiscalYear(2024), Breakdown.TOTAL, Nature.ACTUAL).id() + "\"");
        assertThat(accounts.events("cr.manager", since)).extracting(AuditEvent::action).containsExactly("compute");

        String zh = ok(mvc.perform(post("/compute").param("year", "2024").param("lang", "zh").session(manager).with(csrf())).andReturn()
                .getResponse());
        assertThat(zh).contains("输入未变，结果逐位相同：快照 #" + after).contains("冻结该年的原因");

        String frozen = ok(mvc.perform(post("/compute/freeze").param("year", "2024").param("reason", "assured").param("lang", "en")
                .session(manager).with(csrf())).andReturn().getResponse());
        assertThat(calculations.current(2024).orElseThrow().frozen()).isTrue();
        assertThat(frozen).contains("Frozen").contains("assured").doesNotContain("id=\"freeze\"");
        assertThat(accounts.events("cr.manager", since)).extracting(AuditEvent::action).containsExactly("compute", "freeze");
    }

    @Test
    void aContributorAndAnAuditorMayNotComputeNorFreeze() throws Exception {
        long snapshot = calculations.current(2023).orElseThrow().id();
        Instant since = Instant.now();
        for (MockHttpSession s : List.of(contributor, auditor)) {
            for (String path : List.of("/compute", "/compute/freeze")) {
                MockHttpServletResponse r = mvc.perform(post(path).param("year", "2023").param("reason", "no").param("lang", "en")
                        .session(s).with(csrf())).andReturn().getResponse();
                assertThat(r.getStatus()).as(path).isEqualTo(403);
                assertThat(r.getContentAsString()).contains("may not compute or freeze a year");
            }
        }
        assertThat(calculations.current(2023).orElseThrow().id()).isEqualTo(snapshot);
        for (String who : List.of("cr.a", "cr.auditor")) {
            assertThat(accounts.events(who, since)).extracting(AuditEvent::action).containsExactly("refused", "refused");
            assertThat(accounts.events(who, since).get(1).after()).contains("\"attempted\":\"freeze\"");
        }
        String page = ok(mvc.perform(get("/compute").param("year", "2023").param("lang", "en").session(contributor)).andReturn().getResponse());
        assertThat(page).contains("Snapshot #" + snapshot).contains("the ESG manager").doesNotContain("id=\"compute\"");
    }

    @Test
    void theManagerRendersTheReportAndItsFilesAreDownloaded() throws Exception {
        DemoReportTemplate.install(workspace.directory());
        String page = ok(mvc.perform(post("/report").param("year", "2024").param("lang", "en").session(manager).with(csrf())).andReturn()
                .getResponse());
        assertThat(page).contains("Rendered from snapshot #").contains("report-2024-zh.pdf").contains("report-2024-en.docx")
                .contains("datapack-2024.json").contains("render-report-2024.md").contains("out/web/2024");
        MockHttpServletResponse pdf = mvc.perform(get("/report/files/report-2024-en.pdf").param("year", "2024").session(auditor))
                .andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("attachment").contains("report-2024-en.pdf");
        assertThat(pdf.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(new String(Arrays.copyOf(pdf.getContentAsByteArray(), 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(page).contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf.getContentAsByteArray())));

        // an HTML edition viewed in the browser: inline, under a sandboxed policy of its own (one policy, no script), links kept
        assertThat(page).contains("href=\"/report/view/2024/report-2024-zh.html\"").doesNotContain("href=\"/report/view/2024/report-2024-zh.pdf\"");
        MockHttpServletResponse viewed = mvc.perform(get("/report/view/2024/report-2024-zh.html").session(auditor)).andReturn().getResponse();
        assertThat(viewed.getStatus()).isEqualTo(200);
        assertThat(viewed.getContentType()).startsWith("text/html");
        assertThat(viewed.getHeader("Content-Disposition")).isNull();
        assertThat(viewed.getHeaders("Content-Security-Policy")).hasSize(1).first().asString().startsWith("sandbox ")
                .contains("default-src 'none'").contains("style-src 'unsafe-inline'").doesNotContain("script-src");
        assertThat(viewed.getContentAsString()).contains("lineage-2024.html#");
        assertThat(mvc.perform(get("/report/view/2024/report-2024-zh.pdf").session(manager)).andReturn().getResponse().getStatus()).isEqualTo(400);
        assertThat(mvc.perform(get("/report/view/2024/report-2024-zh.html").session(contributor)).andReturn().getResponse().getStatus())
                .isEqualTo(403);

        for (String name : List.of("SHA256SUMS", "template.xml", "..%2F..%2Freport%2Ftemplate.xml", "..")) {
            int status = mvc.perform(get("/report/files/" + name).param("year", "2024").session(manager)).andReturn().getResponse().getStatus();
            assertThat(status).as(name).isIn(400, 404);
        }
    }

    @Test
    void aContributorDoesNotTakeTheGroupsReport() throws Exception {
        Instant since = Instant.now();
        assertThat(mvc.perform(post("/report").param("year", "2024").session(contributor).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        String page = ok(mvc.perform(get("/report").param("year", "2024").param("lang", "en").session(contributor)).andReturn().getResponse());
        assertThat(page).contains("read by the ESG manager, the administrator and the auditor").doesNotContain("id=\"files\"")
                .doesNotContain("id=\"render\"");
        assertThat(mvc.perform(get("/report/files/report-2024-zh.pdf").param("year", "2024").session(contributor)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        List<AuditEvent> refusals = accounts.events("cr.a", since);
        assertThat(refusals).extracting(AuditEvent::action).containsExactly("refused", "refused");
        assertThat(refusals.get(0).after()).contains("\"attempted\":\"report\"");
        assertThat(refusals.get(1).after()).contains("\"attempted\":\"read\"");
    }

    private static String ok(MockHttpServletResponse r) throws Exception {
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString();
    }
}
