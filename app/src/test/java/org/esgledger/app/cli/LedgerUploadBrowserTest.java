package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 14's upload journey in a real browser (Debian's Chromium through chromium-driver), in Chinese and
 * in English, against {@code esg serve} on a fresh demo workspace: a contributor of the employees ledger
 * signs in for the first time, uploads a roster with a bad row, sees the reason in the page's language,
 * cancels, drops the fixed file on the form, checks it again, imports it and submits the batch for review; in Chinese, a reviewer
 * (another user) then approves the batch from the review queue.
 * Without Chromium the journey is skipped, except on CI ({@code CI=true}), where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerUploadBrowserTest {

    private static final String PASSWORD = "白日依山尽 yellow river";
    private static final String HEADER = "员工编号,所属主体,性别,出生年份,学历,岗位类别,是否研发人员,入职日期,招聘渠道,离职日期\n";

    private final Path workspace = TestWorkspaces.folder("cli-upload");
    private final Map<String, String> codes = new HashMap<>();

    @BeforeAll
    void theDemoAndAContributorOfTheRosterPerLanguage() {
        CliRun demo = CliRun.esg(workspace, "demo", "--force", "--no-report");
        assertThat(demo.exit()).as(demo.all()).isZero();
        for (String lang : List.of("zh", "en")) {
            String user = "hr." + lang;
            codes.put(lang, BrowserSignIn.codeOf(
                    CliRun.esg(workspace, "user", "add", user, "--role", "contributor", "--display", "zh".equals(lang) ? "王芳" : "Fang Wang")));
            CliRun scope = CliRun.esg(workspace, "user", "scope", user, "--ledger", "employees");
            assertThat(scope.exit()).as(scope.all()).isZero();
        }
        // the reviewer of the roster, another user, who approves the Chinese journey's batch
        codes.put("reviewer", BrowserSignIn.codeOf(CliRun.esg(workspace, "user", "add", "hr.reviewer", "--role", "reviewer", "--display", "李娟")));
        assertThat(CliRun.esg(workspace, "user", "scope", "hr.reviewer", "--ledger", "employees").exit()).isZero();
    }

    /** Two new employees of the parent company; the bad file gives the second one a gender that is none. */
    private static String roster(String lang, String gender) {
        String id = "zh".equals(lang) ? "BZ" : "BE";
        return HEADER + id + "001,zkteco,女,1992,本科,技术人员,是,2024-05-06,校园招聘,\n"
                + id + "002,zkteco," + gender + ",1988,硕士,生产人员,否,2024-06-03,社会招聘,\n";
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void aContributorUploadsARosterWithABadRowFixesItImportsAndSubmits(String lang, @TempDir Path folder) throws Exception {
        Chromium.requireOrSkip();
        Path bad = folder.resolve("zh".equals(lang) ? "员工花名册-新入职.csv" : "roster-new-hires.csv");
        Files.writeString(bad, roster(lang, "zh".equals(lang) ? "未知" : "unknown"), StandardCharsets.UTF_8);
        ServeCommand serve = new ServeCommand();
        serve.esg = new EsgCommand();
        serve.esg.workspace = workspace;
        serve.port = 0;
        serve.bind = "127.0.0.1";
        WebDriver browser = null;
        try (ConfigurableApplicationContext server = serve.start()) {
            browser = Chromium.start(folder.resolve("profile"), 1280, 1400);
            journey(browser, serve.address(server), lang, bad);
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        CliRun trail = CliRun.esg(workspace, "audit", "--user", "hr." + lang, "--format", "csv");
        assertThat(trail.out().lines().skip(1).map(l -> l.split(",")[3]).toList())
                .as(trail.out()).containsSubsequence("password_set", "sign_in", "import", "submit");
    }

    private void journey(WebDriver browser, String base, String lang, Path bad) throws Exception {
        boolean zh = "zh".equals(lang);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        BrowserSignIn.firstSignIn(browser, wait, base, "hr." + lang, codes.get(lang), PASSWORD);

        browser.findElement(By.linkText("台账")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "台账"));
        if (!zh) {
            browser.findElement(By.linkText("English")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Ledgers"));
        }
        assertThat(browser.findElement(By.id("batches")).getText()).as("the demo's roster is the kind of the contributor's scope")
                .contains("employees-2024.csv").doesNotContain("energy-");

        // the bad file, chosen with the file picker: the dry run names the row, the column and why, in the page's language
        new Select(browser.findElement(By.id("kind"))).selectByValue("employees");
        browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), zh ? "试运行：" : "Dry run:"));
        String rejections = browser.findElement(By.id("rejections")).getText();
        assertThat(rejections).contains("3").contains(zh ? "性别 (gender)" : "Gender (gender)")
                .contains(zh ? "“未知”不在可选值中" : "\"unknown\" is not one of");
        assertThat(browser.findElement(By.id("check-summary")).getText())
                .isEqualTo(zh ? "接受 1 行，拒绝 1 行，跳过 0 行。尚未导入任何数据。" : "Rows accepted: 1, rejected: 1, skipped: 0. Nothing has been imported yet.");
        Chromium.screenshot(browser, "ledger-dry-run-" + lang + ".png");
        browser.findElement(By.cssSelector("#cancel button")).click();
        wait.until(ExpectedConditions.urlContains("cancelled"));

        // the fixed file, dropped on the form (the page's own script puts it into the file field)
        String fixed = roster(lang, "男");
        ((JavascriptExecutor) browser).executeScript("""
                const transfer = new DataTransfer();
                transfer.items.add(new File([arguments[0]], arguments[1], {type: 'text/csv'}));
                document.getElementById('drop').dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                """, fixed, bad.getFileName().toString());
        assertThat(((JavascriptExecutor) browser).executeScript("return document.getElementById('file').files[0].name"))
                .isEqualTo(bad.getFileName().toString());
        new Select(browser.findElement(By.id("kind"))).selectByValue("employees");
        browser.findElement(By.cssSelector("#upload button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("check-summary"), zh ? "接受 2 行，拒绝 0 行" : "Rows accepted: 2, rejected: 0"));
        assertThat(browser.findElements(By.id("rejections"))).isEmpty();

        browser.findElement(By.cssSelector("#confirm button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("imported")));
        assertThat(browser.getCurrentUrl()).as("the batch's own address").matches(".*/ledgers/[0-9]+\\?imported=1");
        assertThat(browser.findElement(By.id("main")).getText()).contains(bad.getFileName().toString()).contains("hr." + lang);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(zh ? "草稿" : "Draft");
        Chromium.screenshot(browser, "ledger-imported-" + lang + ".png");
        browser.findElement(By.cssSelector("#submit button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submitted-note")));
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo(zh ? "已提交" : "Submitted");
        if (zh) {
            approvedByTheReviewer(browser, wait, base, browser.getCurrentUrl().replaceAll(".*/ledgers/([0-9]+).*", "$1"));
        }

        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).as("no script error, no Content-Security-Policy violation").noneMatch(e -> e.getLevel().intValue() >= 1000);
    }

    /** The contributor signs out; the reviewer (another user) signs in, finds the batch in the review queue and approves it. */
    private void approvedByTheReviewer(WebDriver browser, WebDriverWait wait, String base, String batch) {
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        wait.until(ExpectedConditions.urlContains("/sign-in?signed-out"));
        BrowserSignIn.firstSignIn(browser, wait, base, "hr.reviewer", codes.get("reviewer"), PASSWORD);
        browser.get(base + "review");
        WebElement row = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-batch-" + batch)));
        assertThat(row.getText()).contains("hr.zh");
        row.findElement(By.cssSelector("form[action='/review/approve'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "已批准 1 个。"));
        browser.get(base + "ledgers/" + batch);
        wait.until(ExpectedConditions.textToBe(By.id("status"), "已批准"));
    }
}
