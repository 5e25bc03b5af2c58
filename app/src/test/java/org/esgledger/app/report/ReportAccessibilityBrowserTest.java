package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.cli.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.webjars.WebJarVersionLocator;

/**
 * The HTML editions pass an automated accessibility check (issue 15, item 7): both demo editions,
 * opened from their files in Debian's Chromium, are checked by axe-core (the WebJar's
 * {@code axe.min.js}, injected into the page) with its default rules (WCAG 2 A and AA, and its best
 * practices), and no violation of impact serious or critical is left. The test names each one: the
 * rule, what it asks, how many elements break it and the first of them. Violations of lesser impact
 * are printed, not failed. One test for both editions: a browser check costs CI half a minute.
 * Without Chromium it is skipped, except on CI ({@code CI=true}), where it fails.
 */
@StoreTest
class ReportAccessibilityBrowserTest {

    /** Runs axe on the page and hands back its violations, serious and critical first, each as one line. */
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            const line = v => v.id + ' (' + v.impact + '): ' + v.help + '; ' + v.nodes.length + ' element(s), e.g. '
                + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ');
            axe.run(document, {resultTypes: ['violations']}).then(r => done({
                serious: r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(line),
                other: r.violations.filter(v => v.impact !== 'serious' && v.impact !== 'critical').map(line)
            })).catch(e => done({serious: ['axe did not run: ' + e], other: []}));
            """;

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;

    @Test
    void bothHtmlEditionsHaveNoSeriousOrCriticalAccessibilityViolation(@TempDir Path profile) throws Exception {
        Chromium.requireOrSkip();
        DemoEditions.render(workspaces, editions);
        String axe = axe();
        List<String> serious = new ArrayList<>();
        WebDriver browser = Chromium.start(profile, 1280, 1000);
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
            for (String lang : List.of("zh", "en")) {
                browser.get(DemoEditions.out().resolve("report-2024-" + lang + ".html").toAbsolutePath().toUri().toString());
                JavascriptExecutor js = (JavascriptExecutor) browser;
                js.executeScript(axe);
                @SuppressWarnings("unchecked")
                Map<String, List<String>> found = (Map<String, List<String>>) js.executeAsyncScript(RUN);
                found.get("serious").forEach(v -> serious.add(lang + ": " + v));
                found.get("other").forEach(v -> System.out.println("axe, " + lang + ", not failed: " + v));
            }
        } finally {
            browser.quit();
        }
        assertThat(serious).as("axe-core's serious and critical violations in the HTML editions").isEmpty();
    }

    private static String axe() throws IOException {
        String path = new WebJarVersionLocator().fullPath("axe-core", "axe.min.js");
        assertThat(path).as("the axe-core WebJar on the test classpath").isNotNull();
        try (InputStream in = ReportAccessibilityBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
