package org.esgledger.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.workspace.PrivateFiles;

/**
 * The demo's report template (the seed report's structure, every figure a reference), its
 * registers and its images (the logo on the cover, drawn for the demo), written into {@code WORKSPACE/report/} where {@code esg report} looks for them.
 */
public final class DemoReportTemplate {

    static final List<String> REGISTERS = List.of("risks", "sdgs", "stakeholders", "materiality");

    private DemoReportTemplate() {
    }

    /** Writes (replaces) the demo template and registers; returns the template file. */
    public static Path install(Path workspace) {
        Path dir = workspace.resolve("report");
        try {
            PrivateFiles.write(dir.resolve("template.xml"), SourceFile.resource("demo/report/template.xml").bytes());
            PrivateFiles.write(dir.resolve("images").resolve("logo.svg"), SourceFile.resource("demo/report/images/logo.svg").bytes());
            for (String r : REGISTERS) {
                PrivateFiles.write(dir.resolve("registers").resolve(r + ".csv"), SourceFile.resource("demo/report/registers/" + r + ".csv").bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("template.xml");
    }
}
