package org.esgledger.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.esgledger.app.intake.FormulaGuard;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.ImportReport;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.ledger.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg import --ledger KIND FILE}: imports an operating ledger, row by row, in one transaction. */
@Command(name = "import", description = {"Import an operating ledger (台账). Every row is accepted or rejected with its reason; "
        + "the figures the ledger yields are recomputed.", "导入业务台账：每一行或被接受，或被拒绝并注明原因；随后重新计算该台账得出的指标。"})
class ImportCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "KIND", description = "Ledger kind: employees, training, waste, donations, suppliers, surveys, safety, energy")
    String kind;

    @Parameters(index = "0", paramLabel = "FILE", description = "XLSX or XLS workbook, or CSV in UTF-8 (with or without BOM), UTF-16 with BOM or GB18030/GBK")
    Path file;

    @Option(names = "--dry-run", description = "Check and report; write nothing.")
    boolean dryRun;

    @Option(names = "--replace", description = "Supersede an earlier import of the same file (same name or content).")
    boolean replace;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Workbook sheet to read (default: the first visible one).")
    String sheet;

    @Option(names = "--by", description = "Who imports (default: the system user).")
    String by = System.getProperty("user.name", "unknown");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (var context = esg.open()) {
            ImportReport r = context.getBean(Ledgers.class).importPath(kind, file, new ImportOptions(dryRun, replace, by,
                    java.util.Optional.ofNullable(sheet)));
            out.printf("%s %s: %s%n", r.dryRun() ? "试运行 / Dry run" : "已导入 / Imported", r.kind(), r.file());
            out.printf("  encoding        %s%n", r.encoding());
            out.printf("  SHA-256         %s%n", r.sha256());
            out.printf("  header row      %d%n", r.headerRow());
            r.batch().ifPresent(b -> out.printf("  batch           %d%n", b));
            r.replaced().ifPresent(b -> out.printf("  %s batch       %d%n", r.dryRun() ? "would replace" : "replaced", b));
            out.printf("  accepted rows   %d%n", r.accepted());
            out.printf("  rejected rows   %d%n", r.rejections().stream().map(Rejection::row).distinct().count());
            out.printf("  skipped rows    %s%n", r.skipped().isEmpty() ? "0" : r.skipped().rows() + ": " + r.skipped().summary());
            if (!r.ignoredColumns().isEmpty()) {
                out.printf("  ignored columns %s%n", r.ignoredColumns());
            }
            if (!r.dryRun()) {
                out.printf("  computed facts  %d%n", r.computedFacts());
            }
            r.rejections().stream().limit(50).forEach(x -> {
                out.printf("  第%d行 %s：%s%n", x.row(), x.column(), x.reason().zh());
                out.printf("  row %d %s: %s%n", x.row(), x.column(), x.reason().en());
            });
            if (r.rejections().size() > 50) {
                out.printf("  … %d more%n", r.rejections().size() - 50);
            }
            if (!r.rejections().isEmpty()) {
                Path report = esg.workspace.resolve("rejections")
                        .resolve(r.file() + (r.batch().map(b -> "-batch" + b).orElse("-dry-run")) + ".csv");
                writeRejections(report, r.rejections());
                out.printf("  rejections      %s%n", report.toAbsolutePath());
            }
            out.flush();
        }
        return 0;
    }

    static void writeRejections(Path path, List<Rejection> rejections) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
            csv.writeRecord("row", "column", "reason_zh", "reason_en", "raw");
            for (Rejection r : rejections) {
                csv.writeRecord(String.valueOf(r.row()), FormulaGuard.defuse(r.column()), FormulaGuard.defuse(r.reason().zh()),
                        FormulaGuard.defuse(r.reason().en()), FormulaGuard.defuse(r.raw()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.createDirectories(path.getParent());
            Files.write(path, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
