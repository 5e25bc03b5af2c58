package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The manager's journey of issue 14 in a browser, against {@code esg serve} on a copy of the demo: the manager (added by the
 * command line) signs in, changes a value in the fact grid, computes 2024 and sees the change report (the value moved, with
 * its link to the figure explorer), renders the report and downloads the Chinese PDF with the session's cookie (a PDF).
 * Without Chromium the journey is skipped, except on CI ({@code CI=true}).
 */
class ComputeReportBrowserTest {

    private static final String PASSWORD = "落霞与孤鹜齐飞 autumn water";
    private static final String ROW = new FactKey("volunteers", "site_xiamen", new Period.FiscalYear(2024), Breakdown.TOTAL, Nature.ACTUAL).id();

    @Test
    void theManagerComputesSeesTheChangeReportRendersAndDownloadsThePdf(@TempDir Path profile) throws Exception {
        Chromium.requireOrSkip();
        Path workspace = DemoFolders.demo("cli-compute-report");
        String code = BrowserSignIn.codeOf(CliRun.esg(workspace, "user", "add", "cm.manager", "--role", "manager"));
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
            BrowserSignIn.firstSignIn(browser, wait, base, "cm.manager", code, PASSWORD);
            changeAValue(browser, wait, base);
            compute(browser, wait, base);
            byte[] pdf = renderAndDownload(browser, base);
            assertThat(new String(Arrays.copyOf(pdf, 5), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            List<LogEntry> console = browser.manage().logs().get(LogType.BROWSER).getAll();
            assertThat(console).as("no script error, no Content-Security-Policy violation").noneMatch(e -> e.getLevel().intValue() >= 1000);
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
        CliRun trail = CliRun.esg(workspace, "audit", "--user", "cm.manager", "--format", "csv");
        assertThat(trail.out()).contains("cm.manager,fact_enter").contains("cm.manager,compute");
    }

    /** A value of 2024 changed in the fact grid, so that the year's inputs differ from its snapshot. */
    private static void changeAValue(WebDriver browser, WebDriverWait wait, String base) {
        browser.get(base + "facts?entity=site_xiamen&year=2024&q=volunteers");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#row-" + ROW + " a.edit"))).click();
        WebElement value = wait.until(ExpectedConditions.elementToBeClickable(By.id("value-" + ROW)));
        value.clear();
        value.sendKeys("4321");
        browser.findElement(By.cssSelector("#f-" + ROW + " button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("row-" + ROW), "4321"));
    }

    private static void compute(WebDriver browser, WebDriverWait wait, String base) throws Exception {
        browser.get(base + "compute?year=2024&lang=zh");
        assertThat(browser.findElements(By.cssSelector("nav.pages a[href='/compute']"))).as("in the navigation").isNotEmpty();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2024 财年计算"));
        browser.findElement(By.cssSelector("#compute button[type=submit]")).click();
        WebDriverWait computing = new WebDriverWait(browser, Duration.ofMinutes(5));
        computing.until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "已生成快照"));
        WebElement values = browser.findElement(By.id("values"));
        assertThat(values.getText()).contains("volunteers").contains("4321");
        assertThat(browser.findElements(By.cssSelector("#values a[href='/figures/" + ROW + "']"))).isNotEmpty();
        assertThat(browser.findElement(By.id("inputs")).getText()).as("the value was empty: added, labelled in Chinese").contains("新增 volunteers@site_xiamen@2024 = 4321");
        Chromium.screenshot(browser, "compute-changes-zh.png");
    }

    /** Renders the report (the page waits for it), then fetches the Chinese PDF's link with the browser's session cookie. */
    private static byte[] renderAndDownload(WebDriver browser, String base) throws Exception {
        browser.findElement(By.linkText("生成报告")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "2024 财年报告"));
        browser.findElement(By.cssSelector("#render button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofMinutes(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("rendered")));
        WebElement link = browser.findElement(By.linkText("report-2024-zh.pdf"));
        String href = link.getAttribute("href");
        assertThat(href).isEqualTo(base + "report/files/report-2024-zh.pdf?year=2024");
        Chromium.screenshot(browser, "report-files-zh.png");
        Cookie session = browser.manage().getCookieNamed("esg-session");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "esg-session=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        return pdf.body();
    }
}
