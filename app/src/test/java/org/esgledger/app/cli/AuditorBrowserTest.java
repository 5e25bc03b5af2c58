package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The auditor's journey of issue 14 in a browser, against {@code esg serve} on a copy of the demo: an auditor (added by the
 * command line) signs in, opens a report figure of 2024 in the figure explorer (scope 1 and 2 emissions of the group), follows
 * its formula to an input and down to a stored fact computed from ledger rows, sees the batch with its file's SHA-256 and
 * first rows, and the batch's page with the same SHA-256; finds no button that changes anything (compute, render, submit)
 * and is refused a POST; then downloads the year's assurance pack with the session's cookie and checks its manifest, and
 * finds the refusal in the pack's audit chain. Without Chromium the journey is skipped, except on CI ({@code CI=true}).
 */
class AuditorBrowserTest {

    private static final String PASSWORD = "审计 follows the figure down";
    private static final String AUDITOR = "au.auditor";
    private static final String FIGURE = "ghg_scope1_2_emissions@group@2024";
    private static final String INPUT = "ghg_scope1_emissions@group@2024";
    private static final By BATCHES = By.cssSelector("section[aria-labelledby=fact-heading] table tbody tr");

    @Test
    void anAuditorFollowsAFigureDownToTheLedgerRowsAndDownloadsTheAssurancePack(@TempDir Path profile) throws Exception {
        Chromium.requireOrSkip();
        Path workspace = DemoFolders.demo("cli-auditor");
        String code = BrowserSignIn.codeOf(CliRun.esg(workspace, "user", "add", AUDITOR, "--role", "auditor"));
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
            BrowserSignIn.firstSignIn(browser, wait, base, AUDITOR, code, PASSWORD);
            String sha = followTheFigure(browser, wait, base);
            String session = browser.manage().getCookieNamed("esg-session").getValue();
            changesNothing(browser, base, session);
            downloadThePack(browser, base, session, sha);
        } finally {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    /** Figure → formula → input → (roll-up parts) → a stored fact computed from ledger rows; its batch's page. Returns the file's SHA-256. */
    private static String followTheFigure(WebDriver browser, WebDriverWait wait, String base) throws Exception {
        browser.get(base + "figures?year=2024&indicator=ghg_scope1_2&entity=group");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(FIGURE))).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("p.key"), FIGURE));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("named in Chinese").startsWith("范围一和范围二温室气体排放总量");
        assertThat(browser.findElement(By.id("formula")).getText()).contains("ghg_scope1_emissions + ghg_scope2_location_emissions");
        browser.findElement(By.xpath("//tr[.//code[@class='key' and text()='" + INPUT + "']]//a")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("p.key"), INPUT));
        // rolled up from the entities, or computed by a formula: down the inputs and parts, breadth first, to a value that counts ledger rows
        Deque<String> next = new ArrayDeque<>(links(browser));
        Set<String> seen = new HashSet<>();
        while (browser.findElements(BATCHES).isEmpty() && !next.isEmpty() && seen.size() < 25) {
            String part = next.removeFirst();
            if (seen.add(part)) {
                browser.get(part);
                next.addAll(links(browser));
            }
        }
        assertThat(browser.findElements(BATCHES)).as("a stored fact computed from ledger rows, at " + browser.getCurrentUrl()).isNotEmpty();
        WebElement batch = browser.findElements(BATCHES).get(0);
        String id = batch.findElement(By.cssSelector("th")).getText();
        String sha = batch.findElement(By.cssSelector("code.hash")).getText();
        assertThat(sha).matches("[0-9a-f]{64}");
        WebElement rows = batch.findElements(By.tagName("td")).get(3);
        assertThat(rows.findElement(By.tagName("span")).getText()).as("the first rows counted").matches("[0-9]+(, [0-9]+)*");
        assertThat(rows.findElement(By.cssSelector("a.rows")).getAttribute("href")).as("every row to download").endsWith("/ledgers/" + id + "/rows.csv");
        assertThat(browser.findElement(By.id("entered")).getText()).isNotBlank();
        Chromium.screenshot(browser, "figure-explorer-auditor-zh.png");
        browser.get(base + "ledgers/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main code.hash")));
        assertThat(browser.findElement(By.cssSelector("main code.hash")).getText()).isEqualTo(sha);
        assertThat(browser.findElements(By.cssSelector("main form[method=post]"))).as("no submit, no replace for an auditor").isEmpty();
        return sha;
    }

    private static List<String> links(WebDriver browser) {
        List<String> out = new ArrayList<>();
        browser.findElements(By.cssSelector("section[aria-labelledby=parts-heading] tbody a")).forEach(a -> out.add(a.getAttribute("href")));
        return out;
    }

    /** No button that changes anything on the compute and report pages, and a POST refused (the auditor has no form for it). */
    private static void changesNothing(WebDriver browser, String base, String session) throws Exception {
        for (String page : List.of("compute?year=2024", "report?year=2024", "figures?year=2024")) {
            browser.get(base + page);
            assertThat(browser.findElements(By.cssSelector("main form[method=post]"))).as(page).isEmpty();
        }
        String token = browser.findElement(By.cssSelector("form.sign-out input[name=_csrf]")).getAttribute("value");
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "compute"))
                .header("Cookie", "esg-session=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("year=2024&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).as(post.body()).isEqualTo(403);
    }

    /** The pack from its page's button, fetched with the session's cookie: every manifest line holds; the refusal is in its audit chain. */
    private static void downloadThePack(WebDriver browser, String base, String session, String sha) throws Exception {
        browser.findElement(By.cssSelector("nav.pages a[href='/assurance']")).click();
        // the latest year with data (2025) by default, not computed in the demo: the page says what the pack holds
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("contents")));
        browser.get(base + "assurance?year=2024");
        Chromium.screenshot(browser, "assurance-pack-zh.png");
        WebElement form = browser.findElement(By.id("download"));
        String year = form.findElement(By.cssSelector("input[name=year]")).getAttribute("value");
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(form.getAttribute("action") + "?year=" + year))
                .header("Cookie", "esg-session=" + session).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"assurance-pack-2024.zip\"");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        List<String> manifest = new String(entries.get("MANIFEST.sha256"), StandardCharsets.UTF_8).lines().toList();
        assertThat(manifest).hasSize(entries.size() - 1);
        for (String line : manifest) {
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(line.substring(66))))).as(line)
                    .isEqualTo(line.substring(0, 64));
        }
        assertThat(new String(entries.get("ledger-batches-2024.csv"), StandardCharsets.UTF_8)).contains(sha);
        assertThat(new String(entries.get("pack.json"), StandardCharsets.UTF_8)).contains("\"made_by\": \"" + AUDITOR + "\"");
        assertThat(new String(entries.get("audit-events.csv"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.contains("," + AUDITOR + ",refused,") && l.contains("attempted")).toList()).as("the POST's refusal").hasSize(1);
    }
}
