package org.esgledger.app.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's Chromium driven through chromium-driver, for the browser journeys (./test installs both):
 * without them a journey is skipped, except on CI ({@code CI=true}), where it fails. On an external server ({@code ESG_DB_URL},
 * CI's second pass) the journeys are skipped: they were walked in the first pass, and the store has tests of its own there.
 * Public for the report's accessibility check ({@code report/ReportAccessibilityBrowserTest}).
 */
public final class Chromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    public static void requireOrSkip() {
        // the journeys look at pages, not at the store: CI's second pass, on an external server, does not walk them again
        Assumptions.assumeTrue(System.getenv("ESG_DB_URL") == null,
                "a browser journey runs in the embedded pass, not again on the external server (the store's tests do)");
        if (Files.isExecutable(BINARY) && Files.isExecutable(DRIVER)) {
            return;
        }
        if ("true".equals(System.getenv("CI"))) {
            fail("CI=true: the browser test needs Debian's chromium and chromium-driver (./test installs them with apt-get)");
        }
        Assumptions.abort("no /usr/bin/chromium or /usr/bin/chromedriver: install chromium and chromium-driver (./test does) to run the browser test");
    }

    /** A headless browser with its own profile, a window of this size, Chinese first, its console kept. */
    public static WebDriver start(Path profile, int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toFile());
        // as root in a closed network: no sandbox, no GPU, nothing fetched from outside (docs/web.md)
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=" + width + "," + height, "--lang=zh-CN");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** The browser's view, for a person to look at (and the README's screenshots): target/screenshots/. */
    static void screenshot(WebDriver browser, String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path out = Path.of("target/screenshots");
        Files.createDirectories(out);
        Files.copy(shot.toPath(), out.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
