package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.esgledger.app.demo.DemoWorkspace;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.WebApplicationContext;

/**
 * {@code esg serve} on the demo workspace, driven by Debian's Chromium through chromium-driver (./test
 * installs both): a user added with the command line signs in for the first time with the code it
 * printed, sets a password, sees the year's readiness in Chinese, switches to English and signs out.
 * Without Chromium the browser journey is skipped, except on CI ({@code CI=true}), where it fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeBrowserTest {

    private static final String PASSWORD = "春江潮水连海平 spring river";

    private Path workspace;
    private String code;

    @BeforeAll
    void theDemoAndAUserAddedByTheCommandLine() throws IOException {
        workspace = DemoFolders.demo("cli-serve");
        code = BrowserSignIn.codeOf(CliRun.esg(workspace, "user", "add", "li.na", "--role", "manager", "--display", "李娜"));
    }

    @Test
    void everyOtherCommandStartsNoWebApplication() {
        EsgCommand esg = new EsgCommand();
        esg.workspace = workspace;
        try (ConfigurableApplicationContext context = esg.open()) {
            assertThat(context).isNotInstanceOf(WebApplicationContext.class).isNotInstanceOf(WebServerApplicationContext.class);
            assertThat(context.getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
        }
    }

    @Test
    void aPortInUseIsRefusedInBothLanguages() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun serve = CliRun.esg(workspace, "serve", "--port", String.valueOf(taken.getLocalPort()));
            assertThat(serve.exit()).as(serve.all()).isEqualTo(EsgCommand.REFUSED);
            assertThat(serve.err()).contains("127.0.0.1 上的端口 " + taken.getLocalPort() + " 已被其他程序占用")
                    .contains("Port " + taken.getLocalPort() + " on 127.0.0.1 is in use by another program").doesNotContain("Exception");
        }
    }

    @Test
    void onlyAnAdminResetsAUserAndTheNewCodeIsPrintedOnce() {
        CliRun refused = CliRun.esg(workspace, "user", "reset", "auditor", "--by", "reviewer");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(EsgCommand.REFUSED);
        assertThat(refused.err()).contains("无权管理用户").contains("reviewer may not manage users");
        CliRun reset = CliRun.esg(workspace, "user", "reset", "auditor");
        assertThat(reset.exit()).as(reset.all()).isZero();
        assertThat(reset.out()).contains("Reset: auditor");
        assertThat(BrowserSignIn.printsACode(reset.out())).as(reset.out()).isTrue();
        CliRun trail = CliRun.esg(workspace, "audit", "--user", DemoWorkspace.MANAGER, "--format", "csv");
        assertThat(trail.out()).contains("password_reset");
    }

    @Test
    void theFirstSignInInABrowserThenTheDashboardInChineseAndEnglishThenSignOut(@TempDir Path profile) throws Exception {
        Chromium.requireOrSkip();
        ServeCommand serve = new ServeCommand();
        serve.esg = new EsgCommand();
        serve.esg.workspace = workspace;
        serve.port = 0;
        serve.bind = "127.0.0.1";
        WebDriver browser = null;
        try (ConfigurableApplicationContext server = serve.start()) {
            browser = Chromium.start(profile, 1280, 1100);
            journey(browser, serve.address(server));
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        CliRun trail = CliRun.esg(workspace, "audit", "--user", "li.na", "--format", "csv");
        assertThat(trail.out().lines().skip(1).map(l -> l.split(",")[3]).toList())
                .as(trail.out()).containsSubsequence("password_set", "sign_in", "sign_out");
    }

    private void journey(WebDriver browser, String base) throws Exception {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(base);
        wait.until(ExpectedConditions.urlContains("/sign-in"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
        WebElement first = browser.findElements(By.cssSelector("a[href], button, input:not([type=hidden])")).get(0);
        assertThat(first.getAttribute("href")).as("the keyboard's first stop skips to the content").endsWith("#main");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).as("the sign-in form has the focus").isEqualTo("name");

        browser.findElement(By.linkText("设置密码")).click();
        wait.until(ExpectedConditions.urlContains("/first-sign-in"));
        BrowserSignIn.fill(browser, wait, "li.na", code, PASSWORD);

        // the latest year the workspace has data for; then the demo's report year, 2024, through htmx
        WebElement year = browser.findElement(By.id("year"));
        year.clear();
        year.sendKeys("2024", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2024 财年概览"));
        assertThat(browser.getCurrentUrl()).as("htmx swapped the page and kept the address").contains("year=2024");
        WebElement main = browser.findElement(By.id("main"));
        assertThat(browser.findElement(By.className("user")).getText()).isEqualTo("已登录：李娜");
        assertThat(main.getText()).contains("报告主体").contains("个主体").contains("员工").contains("2022 2023 2024").contains("已存储数据点（按状态）")
                .contains("草稿").contains("快照").contains("未锁定。");
        Cookie session = browser.manage().getCookieNamed("esg-session");
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        assertThat(((JavascriptExecutor) browser).executeScript("return typeof htmx")).as("htmx loaded from its WebJar").isEqualTo("object");
        Chromium.screenshot(browser, "dashboard-zh.png");

        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Dashboard, FY2024"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Reporting entities").contains("Stored facts by status")
                .contains("Employees");
        Chromium.screenshot(browser, "dashboard-en.png");

        // the figure explorer: from the dashboard to a formula's value, then to one of its inputs, down to the ledger file
        browser.findElement(By.id("explore")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Figures, FY2024"));
        browser.findElement(By.linkText("rd_staff_share@group@2024")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Proportion of R&D personnel"));
        assertThat(browser.findElement(By.cssSelector("p.key")).getText()).isEqualTo("rd_staff_share@group@2024");
        assertThat(browser.findElement(By.id("formula")).getText()).contains("rd_staff / employees_total");
        Chromium.screenshot(browser, "explorer-en.png");
        browser.findElement(By.linkText("Number of R&D personnel")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Number of R&D personnel"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("Stored fact").contains("employees-2024.csv");

        browser.findElement(By.cssSelector("form.sign-out button")).click();
        wait.until(ExpectedConditions.urlContains("/sign-in?signed-out"));
        assertThat(browser.findElement(By.id("main")).getText()).contains("You have signed out.");
        browser.get(base);
        wait.until(ExpectedConditions.urlContains("/sign-in"));
        List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
        assertThat(console).as("no script error, no Content-Security-Policy violation").noneMatch(e -> e.getLevel().intValue() >= 1000);
    }
}
