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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.ledger.BatchView;
import org.esgledger.app.ledger.LedgerBatches;
import org.esgledger.app.user.Users;
import org.esgledger.engine.fact.FactStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The ledger pages (docs/web.md) with MockMvc on the demo: a dry run shows a bad row's reason in the user's
 * language and writes nothing; confirming imports the bytes checked; cancelling keeps nothing; a contributor
 * outside the kind's scope is refused; every form needs its CSRF token; rejection reports are defused.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerUploadTest {

    static final String HEADER = "员工编号,所属主体,性别,出生年份,学历,岗位类别,是否研发人员,入职日期,招聘渠道,离职日期\n";
    static final Pattern CONFIRM = Pattern.compile("action=\"/ledgers/upload/([A-Za-z0-9_-]{22})/confirm\"");
    static final Pattern SHA = Pattern.compile("name=\"sha256\" value=\"([0-9a-f]{64})\"");

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    WebAccounts accounts;
    @Autowired
    Users users;
    @Autowired
    LedgerBatches batches;

    private MockHttpSession hr;
    private MockHttpSession energyOnly;
    private Actor manager;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.demoToChange();
        manager = users.actor(Optional.of(DemoWorkspace.MANAGER));
        accounts.admin(manager);
        users.scope(manager, accounts.withPassword("upload.hr", Role.CONTRIBUTOR), new Scope(Set.of(), Set.of("employees"), Set.of()));
        users.scope(manager, accounts.withPassword("upload.ehs", Role.CONTRIBUTOR), new Scope(Set.of(), Set.of("energy"), Set.of()));
        hr = accounts.session("upload.hr", "10.40.0.1");
        energyOnly = accounts.session("upload.ehs", "10.40.0.2");
    }

    static MockMultipartFile roster(String name, String... rows) {
        return new MockMultipartFile("file", name, "text/csv", (HEADER + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static String good(String id) {
        return id + ",zkteco,女,1990,本科,技术人员,是,2024-03-01,校园招聘,";
    }

    private String dryRun(MockHttpSession session, MockMultipartFile file, String language) throws Exception {
        return mvc.perform(multipart("/ledgers/upload").file(file).param("kind", "employees").with(csrf()).session(session)
                        .header("Accept-Language", language))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String group(Pattern pattern, String page) {
        Matcher m = pattern.matcher(page);
        assertThat(m.find()).as(page).isTrue();
        return m.group(1);
    }

    private int batchCount() {
        return batches.list(manager).size();
    }

    @Test
    void aDryRunShowsABadRowsReasonInChineseAndWritesNothing() throws Exception {
        int before = batchCount();
        String page = dryRun(hr, roster("花名册-试运行.csv", good("WT0001"), "WT0002,zkteco,未知,1991,本科,技术人员,否,2024-04-01,社会招聘,"), "zh-CN");
        assertThat(page).contains("试运行：花名册-试运行.csv").contains("接受 1 行，拒绝 1 行").contains("“未知”不在可选值中")
                .contains("<td class=\"number\">3</td>").contains("<td>性别 (gender)</td>").contains("导入被接受的行");
        assertThat(batchCount()).isEqualTo(before);
        String en = dryRun(hr, roster("roster-dry-en.csv", good("WT0003"), "WT0004,zkteco,unknown,1991,本科,技术人员,否,2024-04-01,社会招聘,"), "en");
        assertThat(en).contains("Dry run: roster-dry-en.csv").contains("&quot;unknown&quot; is not one of").contains("<td>Gender (gender)</td>").contains("Import the accepted rows");
    }

    @Test
    void confirmingImportsTheBytesCheckedAndTheBatchIsSubmitted() throws Exception {
        MockMultipartFile file = roster("花名册-确认.csv", good("WC0001"), good("WC0002"));
        String page = dryRun(hr, file, "zh-CN");
        String id = group(CONFIRM, page);
        String sha = group(SHA, page);
        String location = mvc.perform(post("/ledgers/upload/" + id + "/confirm").param("sha256", sha).with(csrf()).session(hr))
                .andExpect(redirectedUrlPattern("/ledgers/*?imported=1")).andReturn().getResponse().getRedirectedUrl();
        long batch = batchOf(location);
        BatchView b = batches.batch(manager, batch);
        assertThat(b.fileName()).isEqualTo("花名册-确认.csv");
        assertThat(b.sha256()).isEqualTo(sha);
        assertThat(b.loadedBy()).isEqualTo("upload.hr");
        assertThat(b.accepted()).isEqualTo(2);
        assertThat(Files.exists(uploads().resolve(id + ".upload"))).as("the upload is deleted once imported").isFalse();
        mvc.perform(get(location).session(hr).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(allOf(containsString("已导入：接受 2 行"), containsString("提交审核"))));
        mvc.perform(post("/ledgers/" + batch + "/submit").with(csrf()).session(hr)).andExpect(redirectedUrl("/ledgers/" + batch + "?submitted=1"));
        assertThat(batches.batch(manager, batch).status()).isEqualTo(FactStatus.SUBMITTED);
        // the same upload cannot be confirmed twice
        mvc.perform(post("/ledgers/upload/" + id + "/confirm").param("sha256", sha).with(csrf()).session(hr).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("This upload is no longer kept")));
    }

    @Test
    void cancellingDeletesTheUploadAndImportsNothing() throws Exception {
        int before = batchCount();
        String page = dryRun(hr, roster("花名册-取消.csv", good("WX0001")), "zh-CN");
        String id = group(CONFIRM, page);
        String sha = group(SHA, page);
        assertThat(Files.exists(uploads().resolve(id + ".upload"))).as("kept until confirmed or cancelled").isTrue();
        mvc.perform(post("/ledgers/upload/" + id + "/cancel").param("sha256", sha).with(csrf()).session(hr))
                .andExpect(redirectedUrl("/ledgers?cancelled=1"));
        assertThat(Files.exists(uploads().resolve(id + ".upload"))).isFalse();
        mvc.perform(post("/ledgers/upload/" + id + "/confirm").param("sha256", sha).with(csrf()).session(hr)).andExpect(status().isBadRequest());
        assertThat(batchCount()).isEqualTo(before);
    }

    @Test
    void anotherShaFindsNoUploadAndAnotherUserIsRefused() throws Exception {
        String page = dryRun(hr, roster("花名册-会话.csv", good("WS0001")), "en");
        String id = group(CONFIRM, page);
        String sha = group(SHA, page);
        mvc.perform(post("/ledgers/upload/" + id + "/confirm").param("sha256", "0".repeat(64)).with(csrf()).session(hr))
                .andExpect(status().isBadRequest());
        // another user's upload: refused and recorded, as any named thing of another's (docs/web.md, "Uploading a ledger")
        mvc.perform(post("/ledgers/upload/" + id + "/confirm").param("sha256", sha).with(csrf()).session(energyOnly))
                .andExpect(status().isForbidden());
    }

    @Test
    void aContributorOutsideTheKindsScopeIsRefusedAndSeesNoneOfItsBatches() throws Exception {
        mvc.perform(multipart("/ledgers/upload").file(roster("越权.csv", good("WO0001"))).param("kind", "employees").with(csrf())
                        .session(energyOnly).header("Accept-Language", "en"))
                .andExpect(status().isForbidden()).andExpect(content().string(allOf(containsString("Refused"), containsString("upload.ehs"))));
        try (var files = Files.list(uploads())) {
            assertThat(files.map(Path::toString).toList()).noneMatch(f -> f.contains("越权"));
        }
        long demoRoster = batches.list(manager).stream().filter(b -> b.fileName().equals("employees-2024.csv")).findFirst().orElseThrow().id();
        mvc.perform(get("/ledgers").session(energyOnly)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("employees-2024.csv"))));
        mvc.perform(get("/ledgers/" + demoRoster).session(energyOnly)).andExpect(status().isForbidden());
        mvc.perform(get("/ledgers/" + demoRoster + "/rejections.csv").session(energyOnly)).andExpect(status().isForbidden());
        mvc.perform(get("/ledgers").session(hr)).andExpect(content().string(containsString("employees-2024.csv")));
    }

    @Test
    void everyFormNeedsItsCsrfToken() throws Exception {
        mvc.perform(multipart("/ledgers/upload").file(roster("csrf.csv", good("WF0001"))).param("kind", "employees").session(hr))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ledgers/upload/AAAAAAAAAAAAAAAAAAAAAA/confirm").param("sha256", "0".repeat(64)).session(hr))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ledgers/upload/AAAAAAAAAAAAAAAAAAAAAA/cancel").param("sha256", "0".repeat(64)).session(hr))
                .andExpect(status().isForbidden());
        mvc.perform(post("/ledgers/1/submit").session(hr)).andExpect(status().isForbidden());
    }

    @Test
    void aFileThatIsNoLedgerIsRefusedByItsContent() throws Exception {
        MockMultipartFile pdf = new MockMultipartFile("file", "roster.csv", "text/csv", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
        mvc.perform(multipart("/ledgers/upload").file(pdf).param("kind", "employees").with(csrf()).session(hr).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("is neither CSV text nor an XLSX or XLS workbook")));
    }

    @Test
    void aReplacementNeedsAReason() throws Exception {
        mvc.perform(multipart("/ledgers/upload").file(roster("replace.csv", good("WR0001"))).param("kind", "employees")
                        .param("overlap", "replace").with(csrf()).session(hr).header("Accept-Language", "en"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("Replacing a batch needs a reason")));
    }

    @Test
    void aBatchIsReplacedWithItsReason() throws Exception {
        long first = confirm(dryRun(hr, roster("花名册-替换.csv", good("WP0001")), "en"));
        String page = mvc.perform(multipart("/ledgers/upload").file(roster("花名册-替换.csv", good("WP0001"), good("WP0002")))
                        .param("kind", "employees").param("overlap", "replace").param("reason", "HR added a late hire")
                        .with(csrf()).session(hr).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<dd id=\"would-replace\">" + first + "</dd>");
        long second = confirm(page);
        BatchView replaced = batches.batch(manager, first);
        assertThat(replaced.supersededBy()).contains(second);
        assertThat(replaced.reason()).isEqualTo("HR added a late hire");
        mvc.perform(get("/ledgers/" + first).session(hr).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("by batch " + second + ": HR added a late hire")));
    }

    private long confirm(String page) throws Exception {
        return batchOf(mvc.perform(post("/ledgers/upload/" + group(CONFIRM, page) + "/confirm").param("sha256", group(SHA, page))
                .with(csrf()).session(hr)).andReturn().getResponse().getRedirectedUrl());
    }

    @Test
    void theRejectionReportsAreDefusedInCsvAndXlsx() throws Exception {
        String page = dryRun(hr, roster("花名册-公式.csv", good("WH0001"), "=HYPERLINK(\"http://x\"),zkteco,女,1990,本科,技术人员,是,2024-03-01,校园招聘,"),
                "en");
        String location = mvc.perform(post("/ledgers/upload/" + group(CONFIRM, page) + "/confirm").param("sha256", group(SHA, page))
                .with(csrf()).session(hr)).andReturn().getResponse().getRedirectedUrl();
        long batch = batchOf(location);
        byte[] csv = mvc.perform(get("/ledgers/" + batch + "/rejections.csv").session(hr))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFrow,column,reason_zh,reason_en,raw").contains("'=HYPERLINK");
        byte[] xlsx = mvc.perform(get("/ledgers/" + batch + "/rejections.xlsx").session(hr)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = wb.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(3);
            List<String> texts = List.of(row.getCell(1).getStringCellValue(), row.getCell(4).getStringCellValue());
            assertThat(texts).anyMatch(t -> t.startsWith("'=")).noneMatch(t -> t.startsWith("="));
        }
    }

    @Test
    void theTemplateOfAKindIsItsXlsxWorkbook() throws Exception {
        byte[] template = mvc.perform(get("/ledgers/templates/employees.xlsx").session(hr)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("员工编号");
        }
        mvc.perform(get("/ledgers/templates/nothing.xlsx").session(hr)).andExpect(status().isBadRequest());
    }

    private static long batchOf(String location) {
        return Long.parseLong(location.substring("/ledgers/".length(), location.indexOf('?')));
    }

    private static Path uploads() {
        return Path.of(WebTest.WORKSPACE, "uploads");
    }
}
