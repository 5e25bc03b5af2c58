package org.esgledger.app.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.esgledger.app.ledger.Ledgers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg export --ledger KIND --out FILE}: the active records of a ledger, in the layout the importer reads. */
@Command(name = "export", description = {"Export a ledger's active records in its import layout (export → import gives the same records).",
        "按导入格式导出台账的有效记录（导出后再导入得到相同记录）。"})
class ExportCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--ledger", required = true, paramLabel = "KIND", completionCandidates = LedgerKindNames.class,
            description = "Ledger kind: ${COMPLETION-CANDIDATES}")
    String kind;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "File to write: .xlsx for the template workbook, otherwise CSV (UTF-8 with BOM)")
    Path out;

    @Override
    public Integer call() {
        OutputPath.file(out);
        try (var context = esg.open()) {
            Ledgers ledgers = context.getBean(Ledgers.class);
            byte[] csv = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")
                    ? ledgers.exportWorkbook(kind) : ledgers.export(kind);
            OutputPath.write(out, csv);
            spec.commandLine().getOut().printf("已导出 / Exported %s ledger to %s%n", kind, out.toAbsolutePath());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
