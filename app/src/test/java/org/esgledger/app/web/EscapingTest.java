package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.evidence.Comments;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.evidence.Upload;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.ImportReport;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.review.Selection;
import org.esgledger.app.user.Enrolment;
import org.esgledger.app.user.SignIns;
import org.esgledger.app.user.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Hostile text in every place a user types text that a page or an export shows: a user's display name, the name typed at
 * sign-in and first sign-in, the figure search, a comment, an evidence note and file name, ledger cells (accepted and
 * rejected), a fact's value text and note typed in the grid, a display name and a lock's reason typed in the administration pages, an entity's names and note and an organisation load's reason (the
 * organisation's dry run and tree, the audit log, both CSVs), a comment on a fact row, an evidence file's name and note sent from
 * the grid, a review's rejection reason (also on the dashboard, returned and in the last changes), ledger cells and an upload's file name on the dry run, the batch and the list. Every
 * page shows it as text (escaped by Thymeleaf); every CSV and XLSX we write puts an apostrophe before a
 * text that starts with a formula character ({@code = + - @}).
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscapingTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final List<String> FORMULAS = List.of("=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)");
    static final String DONATIONS_HEADER = "捐赠日期,捐赠主体,受赠方,国家/地区,金额,币种,用途,形式,备注\n";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    WebAccounts accounts;
    @Autowired
    SignIns signIns;
    @Autowired
    Users users;
    @Autowired
    Changes changes;
    @Autowired
    Calculations calculations;
    @Autowired
    Comments comments;
    @Autowired
    Evidence evidence;
    @Autowired
    Ledgers ledgers;
    @Autowired
    Reviews reviews;
    @Autowired
    Organisation organisation;

    private MockHttpSession named;
    private String fact;
    private Actor manager;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.demoToChange();
        manager = users.actor(Optional.of(DemoWorkspace.MANAGER));
        accounts.admin(manager);
        Enrolment e = accounts.enrol("esc.named", SCRIPT + IMG, Role.MANAGER);
        signIns.setPassword("esc.named", e.code().code(), WebAccounts.PASSWORD, "test");
        named = accounts.session("esc.named", "10.50.0.1");
        fact = calculations.values(calculations.current(2024).orElseThrow().id()).stream()
                .filter(v -> v.key().equals("rd_staff@group@2024")).map(SnapshotValue::factId).findFirst().orElseThrow();
        Reference on = new Reference.Fact(fact);
        comments.comment(manager, on, SCRIPT + " " + IMG + " " + String.join(" ", FORMULAS));
        byte[] bytes = "scan".getBytes(StandardCharsets.UTF_8);
        evidence.attach(manager, on, new Upload(IMG + ".txt", new ByteArrayInputStream(bytes), bytes.length), SCRIPT + FORMULAS.get(0));
    }

    private static void escaped(String page) {
        assertThat(page).doesNotContain(SCRIPT).doesNotContain("<img src=x").doesNotContain("onerror=alert(1)>\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void aDisplayNameIsShownAsText() throws Exception {
        String page = mvc.perform(get("/").session(named).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
        escaped(page);
        assertThat(page).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void theNameTypedAtSignInIsEchoedAsText() throws Exception {
        MockHttpSession anonymous = new MockHttpSession();
        mvc.perform(post("/sign-in").session(anonymous).param("name", SCRIPT + IMG).param("password", "wrong password!!").with(csrf())
                .with(WebAccounts.from("10.50.0.2")));
        String page = mvc.perform(get("/sign-in").session(anonymous).header("Accept-Language", "en")).andReturn().getResponse()
                .getContentAsString();
        escaped(page);
        assertThat(page).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
        String first = mvc.perform(post("/first-sign-in").param("name", SCRIPT + IMG).param("code", "AAAA-BBBB-CCCC")
                        .param("password", "x").param("repeat", "x").with(csrf()).with(WebAccounts.from("10.50.0.3")))
                .andReturn().getResponse().getContentAsString();
        escaped(first);
        assertThat(first).contains("&quot;&gt;&lt;img src=x");
    }

    @Test
    void theFigureSearchIsEchoedAsText() throws Exception {
        String page = mvc.perform(get("/figures").param("indicator", SCRIPT).param("entity", IMG).session(named))
                .andReturn().getResponse().getContentAsString();
        escaped(page);
        assertThat(page).contains("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");
    }

    @Test
    void commentsEvidenceNotesAndFileNamesAreShownAsText() throws Exception {
        String page = mvc.perform(get("/figures/" + fact).session(named)).andReturn().getResponse().getContentAsString();
        escaped(page);
        assertThat(page).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.txt").contains("=cmd|&#39; /C calc&#39;!A0");
    }

    /** Hostile text that survives an upload's file name (a name is cut at its last slash, so none here). */
    static final String NAME = IMG + "=cmd|' calc'!A0";
    static final String HOSTILE = SCRIPT + " " + IMG + " " + FORMULAS.get(0);

    private static void shownAsText(String page) {
        assertThat(page).doesNotContain(SCRIPT).doesNotContain("<img src=x").doesNotContain("onerror=alert(1)>\"");
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(request.session(named).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theGridsValueNoteCommentEvidenceAndRejectionReasonAreShownAsText() throws Exception {
        String entity = ScopedDemo.A;
        String row = ScopedDemo.row("volunteers", entity);
        String typed = page(post("/facts/row").param("entity", entity).param("year", "2024").param("row", row).param("value", HOSTILE)
                .param("unit", "").param("note", HOSTILE).with(csrf()));
        escaped(typed);
        assertThat(typed).as("the value typed, back in its cell").contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x");
        String htmx = page(post("/facts/row").param("entity", entity).param("year", "2024").param("row", row).param("value", HOSTILE)
                .param("unit", "").param("note", HOSTILE).header("HX-Request", "true").with(csrf()));
        escaped(htmx);
        mvc.perform(post("/facts/row").param("entity", entity).param("year", "2024").param("row", row).param("value", "12").param("unit", "")
                .param("note", HOSTILE).with(csrf()).session(named));
        mvc.perform(post("/facts/comment").param("entity", entity).param("year", "2024").param("fact", row).param("text", HOSTILE)
                .with(csrf()).session(named));
        mvc.perform(multipart("/facts/evidence").file(new MockMultipartFile("file", NAME + ".txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8)))
                .param("entity", entity).param("year", "2024").param("fact", row).param("note", HOSTILE).with(csrf()).session(named));
        mvc.perform(post("/facts/submit").param("entity", entity).param("year", "2024").param("fact", row).with(csrf()).session(named));
        reviews.reject(manager, new Selection.Fact(row), HOSTILE);
        List<String> pages = List.of(page(get("/facts").param("entity", entity).param("year", "2024")),
                page(get("/facts/row").param("entity", entity).param("year", "2024").param("row", row)), page(get("/facts/" + row)),
                page(get("/review")));
        for (String p : pages) {
            escaped(p);
            assertThat(p).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;").contains("=cmd|&#39; /C calc&#39;!A0");
        }
        assertThat(pages.get(0)).as("the grid: the evidence's name").contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;=cmd|&#39; calc&#39;!A0.txt");
        assertThat(pages.get(2)).as("the fact page: note, comment, evidence, reason").contains("=cmd|&#39; calc&#39;!A0.txt");
        String dashboard = page(get("/").param("year", "2024"));
        escaped(dashboard);
        String reason = "&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt; =cmd|&#39; /C calc&#39;!A0";
        assertThat(dashboard).as("the dashboard: the reason returned to the user (to fix) and the audit event's reason (last changes)")
                .containsPattern("class=\"reason\">" + Pattern.quote(reason) + "</td>(?s).*class=\"reason\">" + Pattern.quote(reason) + "</td>");
    }

    @Test
    void ledgerCellsAndTheUploadsNameAreShownAsTextOnTheDryRunTheBatchAndTheList() throws Exception {
        String csv = ScopedDemo.ROSTER + "WE0001,zkteco,女,1990,本科,技术人员,是,2024-03-01,校园招聘,\n"
                + "\"" + SCRIPT + "\",zkteco,\"" + IMG.replace("\"", "\"\"") + "\",1990,本科,技术人员,是,2024-03-01,\"" + FORMULAS.get(0) + "\",\n";
        String dryRun = page(multipart("/ledgers/upload").file(new MockMultipartFile("file", NAME + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("kind", "employees").param("overlap", "add").with(csrf()));
        escaped(dryRun);
        assertThat(dryRun).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;=cmd|&#39; calc&#39;!A0.csv").contains("=cmd|&#39; /C calc&#39;!A0");
        String location = mvc.perform(post("/ledgers/upload/" + group(LedgerUploadTest.CONFIRM, dryRun) + "/confirm")
                .param("sha256", group(LedgerUploadTest.SHA, dryRun)).with(csrf()).session(named)).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/ledgers/");
        String batch = page(get(location));
        escaped(batch);
        assertThat(batch).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;=cmd|&#39; calc&#39;!A0.csv").contains("=cmd|&#39; /C calc&#39;!A0");
        String list = page(get("/ledgers"));
        shownAsText(list);
        assertThat(list).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;=cmd|&#39; calc&#39;!A0.csv");
    }

    /** An entity's names and note uploaded in an organisation file, and the reason of its load: the dry run, the tree, the audit log, both CSVs. */
    @Test
    void organisationNamesAndTheLoadsReasonAreShownAsTextAndDefusedInTheExports() throws Exception {
        String csv = new String(organisation.csv(manager), StandardCharsets.UTF_8) + "esc_site,group,site,\"" + SCRIPT + "\",\""
                + (FORMULAS.get(0) + " " + IMG).replace("\"", "\"\"") + "\",yes,CN,GD,1,,\"" + FORMULAS.get(2) + " " + SCRIPT + "\"\n";
        String dryRun = page(multipart("/admin/organisation/upload").file(new MockMultipartFile("file", NAME + ".csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8))).with(csrf()));
        escaped(dryRun);
        assertThat(dryRun).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;").contains("=cmd|&#39; calc&#39;!A0.csv");
        String reason = FORMULAS.get(0) + " " + HOSTILE;
        mvc.perform(post("/admin/organisation/confirm").param("sha256", group(OrganisationPageTest.SHA, dryRun)).param("reason", reason)
                .with(csrf()).session(named));
        String tree = page(get("/admin/organisation").param("lang", "zh"));
        escaped(tree);
        assertThat(tree).contains("<code>esc_site</code>");
        String english = page(get("/admin/organisation").param("lang", "en"));
        shownAsText(english);
        assertThat(english).contains("=cmd|&#39; /C calc&#39;!A0 &quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        mvc.perform(post("/sign-in").param("name", SCRIPT + IMG).param("password", "wrong password!!").with(csrf()).with(WebAccounts.from("10.50.0.9")));
        for (String action : List.of("load", "refused")) {
            String log = page(get("/audit").param("action", action));
            escaped(log);
            assertThat(log).contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
        }
        List<String> organisationCells = defused(cells(mvc.perform(get("/admin/organisation.csv").session(named)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)));
        assertThat(organisationCells).contains("'" + FORMULAS.get(0) + " " + IMG, "'" + FORMULAS.get(2) + " " + SCRIPT);
        List<String> auditCells = defused(cells(mvc.perform(get("/audit.csv").param("action", "load").session(named)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)));
        assertThat(auditCells).contains("'" + reason);
    }

    private static String group(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    @Test
    void ledgerCellsAreDefusedInTheRejectionReportAndTheExports(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder(DONATIONS_HEADER);
        for (String f : FORMULAS) {
            csv.append("2024-03-01,广东熵基,\"").append(f.replace("\"", "\"\"")).append("\",CN,100,CNY,社区公益,现金,\"")
                    .append(f).append(' ').append(SCRIPT).append("\"\n");
        }
        csv.append("2024-03-02,广东熵基,受赠方,CN,\"").append(FORMULAS.get(0)).append("\",CNY,社区公益,现金,\"").append(FORMULAS.get(3)).append("\"\n");
        csv.append("\"").append(FORMULAS.get(0)).append("\",广东熵基,受赠方,CN,100,CNY,社区公益,现金,\n");
        Path rejections = dir.resolve("rejections.csv");
        ImportReport report = ledgers.importFile("donations", new SourceFile("hostile.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(false, ImportOptions.Overlap.ADD, manager, Optional.empty(), Optional.of(rejections)));
        assertThat(report.batch()).isPresent();
        List<String> rejected = defused(cells(Files.readString(rejections, StandardCharsets.UTF_8)));
        assertThat(rejected).as("a rejected row that starts like a formula, as raw").anyMatch(c -> c.startsWith("'" + FORMULAS.get(0) + ",广东熵基"))
                .anyMatch(c -> c.contains(",CN," + FORMULAS.get(0) + ",CNY"));
        List<String> exported = defused(cells(new String(ledgers.export("donations"), StandardCharsets.UTF_8)));
        assertThat(exported).contains("'" + FORMULAS.get(0), "'+1", "'-1");
        List<String> workbook = defused(workbookCells(ledgers.exportWorkbook("donations")));
        assertThat(workbook).contains("'" + FORMULAS.get(0), "'+1", "'-1", "'@SUM(1) " + SCRIPT);
    }

    /**
     * Administration: a display name on the users' list and a user's page, typed in the add form (on the page with the one-time
     * code, and echoed in the form after a refusal), a lock's reason on the locks' list.
     */
    @Test
    void displayNamesAndReasonsTypedInAdministrationAreShownAsText() throws Exception {
        escaped(page(get("/admin/users")));
        escaped(page(get("/admin/users/esc.named")));
        page(post("/admin/locks").param("year", "2011").param("reason", HOSTILE).with(csrf()));
        String locks = page(get("/admin/locks"));
        escaped(locks);
        assertThat(locks).contains("=cmd|");
        accounts.admin(manager);
        MockHttpSession admin = accounts.session(accounts.withPassword("esc.admin", Role.ADMIN), "10.50.0.9");
        String added = mvc.perform(post("/admin/users").param("name", "esc.added").param("display", HOSTILE).param("role", "auditor")
                .session(admin).with(csrf()).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        escaped(added);
        assertThat(added).contains("User added: esc.added &lt;script&gt;");
        String refused = mvc.perform(post("/admin/users").param("name", "Bad Name").param("display", HOSTILE).param("role", "auditor")
                .session(admin).with(csrf()).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        escaped(refused);
        assertThat(refused).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    /** No cell starts with a formula character; the cells, for more checks. */
    private static List<String> defused(List<String> cells) {
        assertThat(cells).isNotEmpty().noneMatch(c -> !c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0);
        return cells;
    }

    private static List<String> cells(String csv) throws Exception {
        List<String> out = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv.startsWith("\uFEFF") ? csv.substring(1) : csv)) {
            reader.forEach(r -> out.addAll(r.getFields()));
        }
        return out;
    }

    private static List<String> workbookCells(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("no formula in what we write").isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            out.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        return out;
    }
}
