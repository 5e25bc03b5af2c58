package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.user.Users;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.ImportReport;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.ledger.OverlapView;
import org.esgledger.app.period.Restatement;
import picocli.CommandLine.ArgGroup;
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

    /** Rejections printed on the terminal; the report file holds them all. */
    static final int PRINTED = 50;

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "KIND", completionCandidates = LedgerKindNames.class,
            description = "Ledger kind: ${COMPLETION-CANDIDATES}")
    String kind;

    @Parameters(index = "0", paramLabel = "FILE", description = "XLSX or XLS workbook, or CSV in UTF-8 (with or without BOM), UTF-16 with BOM or GB18030/GBK")
    Path file;

    @Option(names = "--dry-run", description = "Check and report on standard output; write nothing (unless --rejections names a file).")
    boolean dryRun;

    @ArgGroup(exclusive = true)
    Overlap overlap = new Overlap();

    static class Overlap {
        @Option(names = "--replace", description = "Supersede an earlier import of the same file, and the batches whose rows this file repeats.")
        boolean replace;

        @Option(names = "--add", description = "Add the rows even where they repeat rows of a batch in force (they really are further rows).")
        boolean add;

        ImportOptions.Overlap mode() {
            return replace ? ImportOptions.Overlap.REPLACE : add ? ImportOptions.Overlap.ADD : ImportOptions.Overlap.REFUSE;
        }
    }

    @Option(names = "--rejections", paramLabel = "FILE", description = "Write the rejection report (CSV) here; "
            + "default: WORKSPACE/rejections/batch-N-FILE.csv for an import that rejected rows, none for a dry run.")
    Path rejections;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Workbook sheet to read (default: the first visible one).")
    String sheet;

    @Option(names = "--by", paramLabel = "USER", description = "Who imports: a user of the workspace (default: the user your login is mapped to).")
    String by;

    @Option(names = "--restate", description = "The figures this ledger recomputes may change values of a locked year (esg lock): "
            + "each changed figure is kept as a restatement (published value, new value, --reason) and printed in the next report's "
            + "restatement note. Needs --reason; on years that are not locked it changes nothing.")
    boolean restate;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the figures are restated (with --restate), and why the "
            + "batches this file supersedes are replaced (with --replace; default: \"replaced by FILE\").")
    String reason;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SourceFile.requireFile(file); // a folder, a device or a FIFO is refused before the store starts
        if (rejections != null) {
            OutputPath.file(rejections);
        }
        try (var context = esg.open()) {
            ImportOptions options = new ImportOptions(dryRun, overlap.mode(), context.getBean(Users.class).actor(Optional.ofNullable(by)),
                    Optional.ofNullable(sheet), Optional.ofNullable(rejections), restate ? Restatement.because(reason) : Restatement.NONE,
                    overlap.replace ? reason : "");
            ImportReport r = context.getBean(Ledgers.class).importPath(kind, file, options);
            print(out, r);
            out.flush();
            if (r.dryRun() && r.wouldBeRefused(options.overlap())) {
                PrintWriter err = spec.commandLine().getErr();
                err.println("试运行：正式导入将被拒绝（与现有批次重复），请使用 --replace 或 --add");
                err.println("Dry run: the import would be refused (rows repeat a batch in force); use --replace or --add");
                err.flush();
                return EsgCommand.REFUSED;
            }
        }
        return 0;
    }

    private static void print(PrintWriter out, ImportReport r) {
        out.printf("%s %s: %s%n", r.dryRun() ? "试运行，未写入任何数据 / Dry run, nothing written" : "已导入 / Imported", r.kind(), r.file());
        out.printf("  encoding        %s%n", r.encoding());
        out.printf("  SHA-256         %s%n", r.sha256());
        out.printf("  header row      %d%n", r.headerRow());
        r.batch().ifPresent(b -> out.printf("  batch           %d%n", b));
        r.replaced().forEach(b -> out.printf("  %s batch       %d%n", r.dryRun() ? "would replace" : "replaced", b));
        out.printf("  accepted rows   %d%n", r.accepted());
        out.printf("  rejected rows   %d%n", r.rejected());
        out.printf("  skipped rows    %s%n", r.skipped().isEmpty() ? "0" : r.skipped().rows() + ": " + r.skipped().summary());
        if (!r.ignoredColumns().isEmpty()) {
            out.printf("  ignored columns %s%n", r.ignoredColumns());
        }
        if (!r.dryRun()) {
            out.printf("  computed facts  %d%n", r.computedFacts());
        }
        for (OverlapView o : r.overlaps()) {
            out.printf("  重复 / repeats  %d rows (%s%s) of batch %d (%s, %s)%n", o.rows(),
                    String.join(", ", o.firstRows().stream().map(String::valueOf).toList()), o.rows() > o.firstRows().size() ? " …" : "",
                    o.batch(), o.file(), o.loadedAt());
        }
        r.rejections().stream().limit(PRINTED).forEach(x -> {
            out.printf("  第%d行 %s：%s%n", x.row(), x.column(), x.reason().zh());
            out.printf("  row %d %s: %s%n", x.row(), x.column(), x.reason().en());
        });
        if (r.rejections().size() > PRINTED) {
            out.printf("  … %d more%s%n", r.rejections().size() - PRINTED,
                    r.rejectionFile().isEmpty() ? " (--rejections FILE writes them all)" : "");
        }
        r.rejectionFile().ifPresent(p -> out.printf("  rejections      %s%n", p));
    }
}
