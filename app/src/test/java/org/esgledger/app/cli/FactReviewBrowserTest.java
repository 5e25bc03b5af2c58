package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The fact grid and the review queue in a browser, against {@code esg serve} on a fresh demo workspace (issue 14's journeys):
 * a contributor of site_xiamen enters a value (a bad one first: the reason at the cell, in Chinese), changes it and submits it;
 * a reviewer, another user, approves it; a contributor of tangxia opens site_xiamen's facts by URL and is refused. The users
 * are added and scoped with the command line. Without Chromium the journey is skipped, except on CI ({@code CI=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FactReviewBrowserTest {

    private static final String PASSWORD = "沧海月明珠有泪 blue sea";
    private static final String ROW = new FactKey("volunteers", "site_xiamen", new Period.FiscalYear(2024), Breakdown.TOTAL, Nature.ACTUAL).id();

    private final Path workspace = TestWorkspaces.folder("cli-fact-review");
    private final Map<String, String> codes = new HashMap<>();

    @BeforeAll
    void theDemoAndThreeUsersAddedAndScopedByTheCommandLine() {
        CliRun demo = CliRun.esg(workspace, "demo", "--force", "--no-report");
        assertThat(demo.exit()).as(demo.all()).isZero();
        add("fx.contributor", "contributor", "site_xiamen");
        add("fx.reviewer", "reviewer", "site_xiamen");
        add("fx.tangxia", "contributor", "tangxia");
    }

    private void add(String name, String role, String entity) {
        codes.put(name, BrowserSignIn.codeOf(CliRun.esg(workspace, "user", "add", name, "--role", role)));
        CliRun scope = CliRun.esg(workspace, "user", "scope", name, "--entity", entity);
        assertThat(scope.exit()).as(scope.all()).isZero();
    }

    @Test
    void aContributorEntersAndSubmitsAReviewerApprovesAnotherContributorIsRefused(@TempDir Path profile) throws Exception {
        Chromium.requireOrSkip();
        ServeCommand serve = new ServeCommand();
        serve.esg = new EsgCommand();
        serve.esg.workspace = workspace;
        serve.port = 0;
        serve.bind = "127.0.0.1";
        WebDriver browser = null;
        try (ConfigurableApplicationContext server = serve.start()) {
            browser = Chromium.start(profile, 1400, 1100);
            String base = serve.address(server);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            contributorEntersAndSubmits(browser, wait, base);
            reviewerApproves(browser, wait, base);
            anotherEntitysContributorIsRefused(browser, wait, base);
            List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
            assertThat(console).as("no script error, no Content-Security-Policy violation")
                    .noneMatch(e -> e.getLevel().intValue() >= 1000 && !e.getMessage().contains("403"));
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        CliRun facts = CliRun.esg(workspace, "facts", "--year", "2024", "--stored-only", "--format", "csv");
        assertThat(facts.out().lines().filter(l -> l.startsWith(ROW + ",")).findFirst().orElseThrow())
                .contains(",16,").contains(",approved,").contains(",fx.contributor,");
        CliRun trail = CliRun.esg(workspace, "audit", "--format", "csv");
        assertThat(trail.out()).contains("fx.contributor,fact_enter").contains("fx.contributor,fact_edit").contains("fx.contributor,submit")
                .contains("fx.reviewer,approve").contains("fx.tangxia,refused");
    }

    private void contributorEntersAndSubmits(WebDriver browser, WebDriverWait wait, String base) throws Exception {
        firstSignIn(browser, wait, base, "fx.contributor");
        browser.get(base + "facts?entity=site_xiamen&year=2024&q=volunteers");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "site_xiamen 的数据，2024 财年"));
        // htmx: the row's edit form replaces the row; a bad value is refused at its cell, in Chinese
        browser.findElement(By.cssSelector("#row-" + ROW + " a.edit")).click();
        WebElement value = wait.until(ExpectedConditions.elementToBeClickable(By.id("value-" + ROW)));
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the value has the focus").isEqualTo("value-" + ROW);
        value.sendKeys("十五");
        browser.findElement(By.cssSelector("#f-" + ROW + " button[type=submit]")).click();
        WebElement problem = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("value-" + ROW + "-problem")));
        assertThat(problem.getText()).contains("“十五”不是数字");
        assertThat(browser.getCurrentUrl()).as("only the row was swapped").contains("q=volunteers").doesNotContain("/facts/row");
        WebElement again = browser.findElement(By.id("value-" + ROW));
        again.clear();
        again.sendKeys("15");
        browser.findElement(By.cssSelector("#f-" + ROW + " button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("row-" + ROW), "草稿"));
        assertThat(browser.findElement(By.id("row-" + ROW)).getText()).contains("15").contains("fx.contributor");
        // edited with the keyboard alone: Enter in the value saves the row
        browser.findElement(By.cssSelector("#row-" + ROW + " a.edit")).sendKeys(Keys.ENTER);
        WebElement edit = wait.until(ExpectedConditions.elementToBeClickable(By.id("value-" + ROW)));
        edit.clear();
        edit.sendKeys("16", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("row-" + ROW), "16"));
        browser.findElement(By.id("select-" + ROW)).click();
        browser.findElement(By.cssSelector("#selection button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "已提交 1 个数值待审核。"));
        assertThat(browser.findElement(By.id("row-" + ROW)).getText()).contains("已提交").contains("16");
        Chromium.screenshot(browser, "fact-grid-zh.png");
        signOut(browser, wait);
    }

    private void reviewerApproves(WebDriver browser, WebDriverWait wait, String base) throws Exception {
        firstSignIn(browser, wait, base, "fx.reviewer");
        browser.findElement(By.linkText("审核")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "审核"));
        WebElement item = browser.findElement(By.id("review-" + ROW));
        assertThat(item.getText()).contains("volunteers").contains("16").contains("fx.contributor");
        browser.get(base + "review?lang=en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Review"));
        Chromium.screenshot(browser, "review-queue-en.png");
        browser.findElement(By.cssSelector("#review-" + ROW + " form[action='/review/approve'] button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "One value was approved."));
        assertThat(browser.findElements(By.id("review-" + ROW))).isEmpty();
        browser.get(base + "facts?entity=site_xiamen&year=2024&q=volunteers");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("row-" + ROW), "Approved"));
        assertThat(browser.findElement(By.id("row-" + ROW)).getText()).contains("by fx.reviewer");
        browser.get(base + "?lang=zh");
        signOut(browser, wait);
    }

    private void anotherEntitysContributorIsRefused(WebDriver browser, WebDriverWait wait, String base) {
        firstSignIn(browser, wait, base, "fx.tangxia");
        browser.get(base + "facts?entity=site_xiamen&year=2024");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "已拒绝"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("fx.tangxia").contains("超出其范围").doesNotContain("volunteers");
        browser.get(base + "facts");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "tangxia 的数据"));
        signOut(browser, wait);
    }

    private void firstSignIn(WebDriver browser, WebDriverWait wait, String base, String name) {
        BrowserSignIn.firstSignIn(browser, wait, base, name, codes.get(name), PASSWORD);
    }

    private static void signOut(WebDriver browser, WebDriverWait wait) {
        browser.findElement(By.cssSelector("form.sign-out button")).click();
        wait.until(ExpectedConditions.urlContains("/sign-in?signed-out"));
    }
}
