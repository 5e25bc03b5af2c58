package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Role;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.evidence.Comments;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.evidence.Upload;
import org.esgledger.app.user.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The figure explorer on the demo (docs/web.md): the list of a year's values, a value's formula and inputs
 * as links, a stored fact's ledger batch, file and SHA-256, evidence and comments escaped, and the
 * evidence download checked against its SHA-256.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FigureExplorerTest {

    static final String HOSTILE_COMMENT = "<script>alert('comment')</script>";
    static final String HOSTILE_FILE = "\"><img src=x onerror=alert(1)>.txt";
    static final byte[] EVIDENCE = "meter reading, March 2024: 42 MWh\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    WebAccounts accounts;
    @Autowired
    Users users;
    @Autowired
    Calculations calculations;
    @Autowired
    Comments comments;
    @Autowired
    Evidence evidence;
    @Autowired
    org.esgledger.app.ledger.LedgerBatches batches;

    private MockHttpSession session;
    private Map<String, String> ids;
    private EvidenceView attached;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.demoToChange();
        accounts.admin(users.actor(Optional.of(DemoWorkspace.MANAGER)));
        accounts.withPassword("explorer.auditor", Role.AUDITOR);
        session = accounts.session("explorer.auditor", "10.30.0.1");
        long snapshot = calculations.current(2024).orElseThrow().id();
        ids = calculations.values(snapshot).stream().collect(Collectors.toMap(SnapshotValue::key, SnapshotValue::factId));
        Actor boss = TestActors.manager("explorer.boss");
        Reference rdStaff = new Reference.Fact(ids.get("rd_staff@group@2024"));
        comments.comment(boss, rdStaff, HOSTILE_COMMENT);
        attached = evidence.attach(boss, rdStaff, new Upload(HOSTILE_FILE, new ByteArrayInputStream(EVIDENCE), EVIDENCE.length), "<b>note</b>");
    }

    @Test
    void withoutSigningInTheExplorerLeadsToTheSignInPage() throws Exception {
        mvc.perform(get("/figures")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/figures/" + ids.get("rd_staff@group@2024"))).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/evidence/" + attached.id())).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void theListShowsTheYearsValuesAndSearchesThem() throws Exception {
        String share = ids.get("rd_staff_share@group@2024");
        mvc.perform(get("/figures").param("year", "2024").session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Figures, FY2024</h1>"),
                        containsString("<a href=\"/figures/" + share + "\">rd_staff_share@group@2024</a>"),
                        containsString("<label for=\"indicator\">Indicator</label>"))));
        mvc.perform(get("/figures").param("year", "2024").param("indicator", "RD_STAFF_SHARE").param("entity", "grou").session(session)
                        .header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("2024 财年数值浏览"), containsString("rd_staff_share@group@2024"),
                        not(containsString("rd_staff@group@2024")), not(containsString("employees_total@")))));
        mvc.perform(get("/").param("year", "2024").session(session))
                .andExpect(content().string(allOf(containsString("href=\"/figures?year=2024\""), containsString("href=\"/figures\""))));
    }

    @Test
    void theListNamesIndicatorsAndEntitiesInTheReadersLanguageAndFindsThemByName() throws Exception {
        // a Chinese name found from the English page, an English name from the Chinese page
        mvc.perform(get("/figures").param("year", "2024").param("indicator", "研发人员数量占比").param("entity", "consolidated")
                        .session(session).header("Accept-Language", "en"))
                .andExpect(content().string(allOf(containsString("rd_staff_share@group@2024"),
                        containsString("<span>Proportion of R&amp;D personnel</span> <code>rd_staff_share</code>"),
                        containsString("<span>ZKTECO CO., LTD. (consolidated)</span> <code>group</code>"),
                        not(containsString("rd_staff@group@2024")), not(containsString("rd_staff_share@zkteco@")))));
        mvc.perform(get("/figures").param("year", "2024").param("indicator", "proportion of r&d").param("entity", "group")
                        .session(session).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("<span>研发人员数量占比</span> <code>rd_staff_share</code>"),
                        containsString("<span>熵基科技股份有限公司（合并）</span> <code>group</code>"))));
    }

    @Test
    void aFormulaValueShowsItsFormulaAndLinksToItsInputs() throws Exception {
        mvc.perform(get("/figures/" + ids.get("rd_staff_share@group@2024")).session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<code>rd_staff_share@group@2024</code>"),
                        containsString("<span>Proportion of R&amp;D personnel</span>"),
                        containsString("ZKTECO CO., LTD. (consolidated), 2024"),
                        containsString("31.42 percent"), containsString("<code>rd_staff / employees_total</code>"),
                        containsString("<a href=\"/figures/" + ids.get("rd_staff@group@2024") + "\">Number of R&amp;D personnel</a>"),
                        containsString("<code class=\"key\">rd_staff@group@2024</code>"),
                        containsString("<a href=\"/figures/" + ids.get("employees_total@group@2024") + "\">Total number of employees</a>"),
                        containsString("Inputs of the formula"), containsString("computed, status draft; entered by esg demo at"),
                        containsString("ledger employees batch "))));
    }

    /** The value named and its lineage lines in the reader's language, the key beneath: a Chinese reader reads no English line. */
    @Test
    void aValueIsNamedAndItsLineageReadInTheReadersLanguage() throws Exception {
        String page = mvc.perform(get("/figures/" + ids.get("rd_staff_share@group@2024")).session(session).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<span>研发人员数量占比</span>").contains("熵基科技股份有限公司（合并），2024")
                .contains("<a href=\"/figures/" + ids.get("rd_staff@group@2024") + "\">研发人员数量</a>")
                .contains("来源 由台账行计算，状态 草稿；esg demo 于").contains("尚未审核通过").contains("台账 employees 批次 ")
                .contains(" … 共 1118 行").contains("快照 #")
                .doesNotContain("entered by").doesNotContain("rows in all").doesNotContain("ledger employees batch");
    }

    @Test
    void aStoredFactShowsWhoEnteredItAndItsLedgerBatchFileAndSha256() throws Exception {
        String page = mvc.perform(get("/figures/" + ids.get("rd_staff@group@2024")).session(session).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h2 id=\"fact-heading\">Stored fact</h2>").contains("Computed from ledger rows")
                .contains("esg demo, ").contains("employees-2024.csv").contains("1,118 rows in all")
                .containsPattern("<code class=\"hash\">[0-9a-f]{64}</code>");
        // all the rows of the batch, not only the first ones listed: one line per accepted row of the demo's roster, numbered
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"/ledgers/(\\d+)/rows.csv\"").matcher(page);
        assertThat(link.find()).as("a link to every row of the batch").isTrue();
        var rows = mvc.perform(get("/ledgers/" + link.group(1) + "/rows.csv").session(session)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(rows.getHeader("Content-Disposition")).startsWith("attachment");
        List<String> lines = rows.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF行号 row,");
        assertThat(lines).hasSize(1 + batches.batch(TestActors.manager("explorer.boss"), Long.parseLong(link.group(1))).accepted());
        assertThat(lines.subList(1, 6)).extracting(l -> l.substring(0, l.indexOf(','))).containsExactly("2", "3", "4", "5", "6");
    }

    @Test
    void commentsAndFileNamesAreEscaped() throws Exception {
        String page = mvc.perform(get("/figures/" + ids.get("rd_staff@group@2024")).session(session).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;comment&#39;)&lt;/script&gt;").doesNotContain(HOSTILE_COMMENT)
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt").doesNotContain("<img src=x")
                .contains("&lt;b&gt;note&lt;/b&gt;").contains("href=\"/evidence/" + attached.id() + "\"");
    }

    @Test
    void evidenceIsDownloadedAsAnAttachmentWithItsBytes() throws Exception {
        byte[] body = mvc.perform(get("/evidence/" + attached.id()).session(session))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith(attached.mediaType())))
                .andExpect(header().string("Content-Disposition", startsWith("attachment;")))
                .andExpect(header().string("Content-Disposition", matchesPattern(".*filename\\*=UTF-8''.*onerror.*")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(body).isEqualTo(EVIDENCE);
        mvc.perform(get("/evidence/999999").session(session).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("There is no evidence #999999")));
    }

    @Test
    void aValueNotInTheSnapshotIsRefusedInTheUsersLanguage() throws Exception {
        mvc.perform(get("/figures/F0000000000000000").session(session).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("F0000000000000000")));
        mvc.perform(get("/figures/not-a-fact").session(session)).andExpect(status().isBadRequest());
    }
}
