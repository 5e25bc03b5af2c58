package org.esgledger.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.esgledger.app.ledger.Ledgers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg template KIND}: the XLSX template of a ledger kind, to fill in and import. */
@Command(name = "template", description = {"Write the XLSX template of a ledger kind: headers with comments, drop-down lists, an example row.",
        "生成台账的 XLSX 模板：表头批注、下拉选项和填写示例。"})
class TemplateCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", completionCandidates = LedgerKindNames.class,
            description = "Ledger kind: ${COMPLETION-CANDIDATES}")
    String kind;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (default: KIND-template.xlsx)")
    Path out;

    @Override
    public Integer call() {
        Path target = OutputPath.file(out != null ? out : Path.of(kind + "-template.xlsx"));
        try (var context = esg.open()) {
            byte[] workbook = context.getBean(Ledgers.class).template(kind);
            OutputPath.write(target, workbook);
            spec.commandLine().getOut().printf("已生成模板 / Template written: %s%n", target.toAbsolutePath());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
