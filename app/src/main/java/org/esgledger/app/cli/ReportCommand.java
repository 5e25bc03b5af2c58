package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.esgledger.app.report.DataPack;
import org.esgledger.app.report.DataPacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code esg report --year YYYY --format json,csv --out DIR}: the year's data pack. The HTML, PDF and
 * DOCX editions are not built yet; asking for them is refused, not faked.
 */
@Command(name = "report", description = {"Write the year's machine-readable data pack (JSON with schema, CSV) from its current snapshot. "
        + "HTML, PDF and DOCX editions are not available yet.",
        "由当前快照输出该年度的机器可读数据包（JSON 及其 Schema、CSV）。HTML、PDF、DOCX 版本尚未提供。"})
class ReportCommand implements Callable<Integer> {

    static final List<String> AVAILABLE = List.of("json", "csv");

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Fiscal year (its current snapshot: run esg compute first).")
    int year;

    @Option(names = "--format", split = ",", defaultValue = "json,csv", description = "json, csv (default: both).")
    List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write to (default: WORKSPACE/out).")
    Path out;

    @Override
    public Integer call() {
        PrintWriter w = spec.commandLine().getOut();
        for (String f : formats) {
            if (!AVAILABLE.contains(f.strip())) {
                spec.commandLine().getErr().println("错误：尚不能输出 " + f + " 格式（目前仅有 json、csv 数据包）");
                spec.commandLine().getErr().println("Error: the " + f + " format is not available yet (only the json and csv data pack)");
                spec.commandLine().getErr().flush();
                return EsgCommand.REFUSED;
            }
        }
        Path dir = out != null ? out : esg.workspace.resolve("out");
        try (var context = esg.open()) {
            DataPack pack = context.getBean(DataPacks.class).write(year, dir);
            w.printf("数据包 / Data pack %d (snapshot #%d): %d figures%n", year, pack.snapshot(), pack.figures());
            if (formats.stream().anyMatch(f -> f.strip().equals("json"))) {
                w.println("  " + pack.json().toAbsolutePath());
            }
            if (formats.stream().anyMatch(f -> f.strip().equals("csv"))) {
                w.println("  " + pack.csv().toAbsolutePath());
            }
            w.flush();
        }
        return 0;
    }
}
