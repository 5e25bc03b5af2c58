package org.esgledger.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.workspace.PrivateFiles;

/**
 * The demo's report template (the seed report's structure, every figure a reference) and its
 * registers, written into {@code WORKSPACE/report/} where {@code esg report} looks for them.
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
            for (String r : REGISTERS) {
                PrivateFiles.write(dir.resolve("registers").resolve(r + ".csv"), SourceFile.resource("demo/report/registers/" + r + ".csv").bytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve("template.xml");
    }
}
