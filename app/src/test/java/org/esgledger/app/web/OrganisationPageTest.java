package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.organisation.ReportingEntity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organisation page (docs/web.md): the tree read by the manager and the auditor, its file downloaded and read back unchanged,
 * a revised file's dry run (what it adds and changes; a bad row named by row and column, in the user's language, nothing loaded),
 * its confirmation with a reason (loaded in one transaction, recorded), and the refusals of an auditor, a contributor and a
 * reviewer (403, recorded, nothing changed).
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganisationPageTest {

    static final Pattern SHA = Pattern.compile("name=\"sha256\" value=\"([0-9a-f]{64})\"");

    @Autowired
    ApplicationContext spring;
    @Autowired
    MockMvc mvc;
    @Autowired
    Changes changes;
    @Autowired
    Organisation organisation;

    private ScopedDemo demo;
    private Instant start;

    @BeforeAll
    void workspace() throws Exception {
        start = Instant.now();
        demo = ScopedDemo.on(spring, mvc, "orgp");
    }

    private MockHttpServletResponse upload(MockHttpSession session, String csv, String language) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "entities.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(multipart("/admin/organisation/upload").file(file).with(csrf()).session(session).header("Accept-Language", language))
                .andReturn().getResponse();
    }

    private String exported() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/admin/organisation.csv").session(demo.auditor)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getHeader("Content-Disposition")).startsWith("attachment");
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private long changed() {
        return changes.events(AuditQuery.ALL).stream().filter(e -> !"refused".equals(e.action())).count();
    }

    @Test
    void theTreeIsReadByTheManagerAndTheAuditorIndentedByLevel() throws Exception {
        for (MockHttpSession s : List.of(demo.manager, demo.auditor)) {
            String page = mvc.perform(get("/admin/organisation").session(s).header("Accept-Language", "en")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).contains("class=\"depth depth-0\">ZKTECO CO., LTD. (consolidated)</th>")
                    .contains("class=\"depth depth-1\">Dongguan Tangxia Branch of ZKTECO CO., LTD.</th>")
                    .contains("<code>xiamen_zkteco</code>").contains(">Subsidiary<").contains(">100%<");
        }
    }

    @Test
    void theDownloadedFileReadsBackUnchanged() throws Exception {
        String csv = exported();
        assertThat(csv).startsWith("\uFEFFcode,parent,kind,name_zh,name_en,in_boundary,country,province,ownership_share,aliases,note");
        String dryRun = upload(demo.manager, csv, "en").getContentAsString(StandardCharsets.UTF_8);
        int held = organisation.tree().entities().size();
        assertThat(dryRun).contains("0 entities added, 0 fields changed, " + held + " entities unchanged, 0 problems.");
    }

    @Test
    void aBadRowIsNamedByRowAndColumnInTheUsersLanguageAndNothingIsLoaded() throws Exception {
        String csv = exported() + "new_site,group,planet,新基地,New site,yes,CN,GD,1,,\n";
        long before = changed();
        MockHttpServletResponse r = upload(demo.manager, csv, "zh-CN");
        assertThat(r.getStatus()).isEqualTo(200);
        String page = r.getContentAsString(StandardCharsets.UTF_8);
        int row = organisation.tree().entities().size() + 2;
        assertThat(page).contains("<td class=\"number\">" + row + "</td>").contains("<td>kind</td>").contains("planet")
                .contains("文件被拒绝").doesNotContain("id=\"confirm\"");
        MockHttpServletResponse confirm = mvc.perform(post("/admin/organisation/confirm").param("reason", "try").param("sha256", "0".repeat(64))
                .with(csrf()).session(demo.manager)).andReturn().getResponse();
        assertThat(confirm.getStatus()).as("nothing kept to confirm").isEqualTo(400);
        assertThat(changed()).isEqualTo(before);
        assertThat(organisation.tree().entity("new_site")).isEmpty();
    }

    @Test
    void aRevisedFileIsCheckedThenLoadedWithItsReasonInOneTransaction() throws Exception {
        String csv = exported().replace("厦门基地,Xiamen site,yes,CN,FJ", "厦门基地,Xiamen site,no,CN,FJ")
                + "site_fuzhou,xiamen_zkteco,site,福州基地,Fuzhou site,yes,CN,FJ,0.6,福州,opened 2025\n";
        String dryRun = upload(demo.manager, csv, "en").getContentAsString(StandardCharsets.UTF_8);
        assertThat(dryRun).contains("1 entities added, 1 fields changed").contains("site_fuzhou · Fuzhou site ← xiamen_zkteco")
                .contains("<th scope=\"row\">site_xiamen</th>").contains("<td>in_boundary</td>");
        Matcher sha = SHA.matcher(dryRun);
        assertThat(sha.find()).isTrue();
        MockHttpServletResponse noReason = mvc.perform(post("/admin/organisation/confirm").param("sha256", sha.group(1)).param("reason", " ")
                .with(csrf()).session(demo.manager).header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("A reason is required");
        assertThat(organisation.tree().entity("site_fuzhou")).isEmpty();

        MockHttpServletResponse done = mvc.perform(post("/admin/organisation/confirm").param("sha256", sha.group(1)).param("reason", "Fuzhou opened")
                .with(csrf()).session(demo.manager)).andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).startsWith("/admin/organisation?loaded=");
        ReportingEntity fuzhou = organisation.tree().entity("site_fuzhou").orElseThrow();
        assertThat(fuzhou.parent()).contains("xiamen_zkteco");
        assertThat(fuzhou.ownershipShare()).isEqualByComparingTo("0.6");
        assertThat(organisation.tree().entity("site_xiamen").orElseThrow().inBoundary()).isFalse();
        AuditEvent load = demo.accounts.events("orgp.manager", start).stream().filter(e -> e.action().equals("load")).reduce((a, b) -> b).orElseThrow();
        assertThat(load.reason()).isEqualTo("Fuzhou opened");
        assertThat(load.subjectKind() + " " + load.subjectId()).isEqualTo("organisation entities");
        assertThat(load.entities()).contains("site_fuzhou");
        MockHttpServletResponse again = mvc.perform(post("/admin/organisation/confirm").param("sha256", sha.group(1)).param("reason", "twice")
                .with(csrf()).session(demo.manager)).andReturn().getResponse();
        assertThat(again.getStatus()).as("a confirmed file is no longer kept").isEqualTo(400);
    }

    @Test
    void anAuditorAContributorAndAReviewerAreRefusedAndNothingChanges() throws Exception {
        String csv = exported() + "site_refused,group,site,拒绝,Refused,yes,CN,GD,1,,\n";
        String sha = SHA.matcher(upload(demo.manager, csv, "en").getContentAsString(StandardCharsets.UTF_8)).results().findFirst()
                .orElseThrow().group(1);
        for (String who : List.of("auditor", "a", "ra")) {
            MockHttpSession s = who.equals("auditor") ? demo.auditor : who.equals("a") ? demo.contributorA : demo.reviewerA;
            long before = changed();
            assertThat(upload(s, csv, "en").getStatus()).as(who + " uploads").isEqualTo(403);
            assertThat(mvc.perform(post("/admin/organisation/confirm").param("sha256", sha).param("reason", "mine").with(csrf()).session(s))
                    .andReturn().getResponse().getStatus()).as(who + " confirms").isEqualTo(403);
            assertThat(changed()).isEqualTo(before);
            assertThat(demo.accounts.events("orgp." + who, start).stream().filter(e -> e.action().equals("refused")).count())
                    .as(who + "'s refusals recorded").isGreaterThanOrEqualTo(2);
        }
        for (MockHttpSession s : List.of(demo.contributorA, demo.reviewerA)) {
            assertThat(mvc.perform(get("/admin/organisation").session(s)).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(get("/admin/organisation.csv").session(s)).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        assertThat(organisation.tree().entity("site_refused")).isEmpty();
    }
}
