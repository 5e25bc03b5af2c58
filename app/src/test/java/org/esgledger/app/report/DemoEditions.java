package org.esgledger.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * The demo's 2024 editions, zh and en, in every format, rendered once per JVM for the tests that
 * only read them ({@link ReportEditionsTest}, {@link ReportLayoutTest}): rendering the whole demo
 * report takes the better part of a minute on the shared 2-core machine. Held here, in memory, not
 * looked up on disk: the folder under {@code target/} is emptied and rendered again by the first
 * test of every test run, so a render of an earlier build is never read.
 *
 * <p>Rendered from the demo as built ({@link TestWorkspaces#demo()}); a test that asks for the
 * editions gets the demo back first too, as every test that reads the demo does. A test must not
 * write into {@link #out()}: another test reads it after.
 */
final class DemoEditions {

    /** Where the editions are written: emptied by the first render of a run. */
    static final Path OUT = Path.of("target/demo-editions");

    private static Rendering rendering;

    private DemoEditions() {
    }

    /** The editions, rendered by the first caller of this JVM with its context's {@link Editions}. */
    static synchronized Rendering render(TestWorkspaces workspaces, Editions editions) throws IOException {
        workspaces.demo();
        if (rendering == null) {
            FileSystemUtils.deleteRecursively(OUT);
            Path out = Files.createDirectories(OUT.resolve("out"));
            Path template = DemoReportTemplate.install(Files.createDirectories(OUT.resolve("workspace")));
            rendering = editions.render(new RenderOptions(2024, template, List.of(Language.ZH, Language.EN),
                    Set.copyOf(RenderOptions.FORMATS), out, false));
        }
        return rendering;
    }

    /**
     * Skips a test of the rendered files alone (their layout, fonts, pages drawn, the DOCX converted) on
     * the external server ({@code ESG_DB_URL}): CI runs the suite a second time there to prove the store,
     * and such a test reads files, not the store; the first pass, on the embedded store, runs it.
     */
    static void embeddedPassOnly() {
        Assumptions.assumeTrue(System.getenv("ESG_DB_URL") == null,
                "reads rendered files only, not the store: runs in the embedded pass, not again on the external server");
    }

    /** The folder holding the rendered files. */
    static Path out() {
        return OUT.resolve("out");
    }
}
