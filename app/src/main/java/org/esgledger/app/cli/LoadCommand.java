package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.catalogue.CatalogueLoader;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.LoadedFile;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.period.Restatement;
import org.esgledger.app.user.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg load KIND FILE}: loads a dimensions, indicators, formulas, checks, targets, entities or facts file in one transaction. */
@Command(name = "load", description = {"Load a catalogue, organisation or fact file. Every row is checked first; if any is wrong, nothing is written.",
        "加载指标目录、组织架构或数据文件。先校验全部行；任何一行有误则不写入任何数据。"})
class LoadCommand implements Callable<Integer> {

    enum Kind { dimensions, indicators, formulas, checks, targets, entities, facts }

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND", description = "What the file holds: ${COMPLETION-CANDIDATES}")
    Kind kind;

    @Parameters(index = "1", paramLabel = "FILE", description = "UTF-8 CSV file (formats in docs/formats/)")
    Path file;

    @Option(names = "--by", paramLabel = "USER", description = "Who loads the file: a user of the workspace, recorded with each fact "
            + "and in the audit trail; the catalogue, the organisation and the targets need an admin or a manager (targets: a manager) "
            + "(default: the user your login is mapped to).")
    String by;

    @Option(names = "--restate", description = "Facts file: change figures of a locked year as a restatement (needs --reason); "
            + "the published value, the new one and the reason are kept and printed in the next report's restatement note.")
    boolean restate;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the figures are restated (with --restate).")
    String reason;

    @Override
    public Integer call() {
        SourceFile source = SourceFile.of(file);
        PrintWriter out = spec.commandLine().getOut();
        try (var context = esg.open()) {
            Actor actor = context.getBean(Users.class).actor(Optional.ofNullable(by));
            switch (kind) {
                case dimensions -> out.printf("已加载 / Loaded %d dimensions from %s%n",
                        context.getBean(CatalogueLoader.class).loadDimensions(source, actor).size(), source.shortName());
                case indicators -> out.printf("已加载 / Loaded %d indicators from %s%n",
                        context.getBean(CatalogueLoader.class).loadIndicators(source, actor).size(), source.shortName());
                case formulas -> out.printf("已加载 / Loaded %d formulas from %s%n",
                        context.getBean(CatalogueLoader.class).loadFormulas(source, actor).size(), source.shortName());
                case checks -> out.printf("已加载 / Loaded %d consistency rules from %s%n",
                        context.getBean(CatalogueLoader.class).loadCheckRules(source,
                                context.getBean(Organisation.class).tree(), actor).size(), source.shortName());
                case targets -> out.printf("已加载 / Loaded %d targets from %s%n",
                        context.getBean(CatalogueLoader.class).loadTargets(source,
                                context.getBean(Organisation.class).tree(), actor).size(), source.shortName());
                case entities -> out.printf("已加载 / Loaded %d entities from %s%n",
                        context.getBean(Organisation.class).loadEntities(source, actor).size(), source.shortName());
                default -> {
                    LoadedFile f = context.getBean(Facts.class).load(source, actor, restate ? Restatement.because(reason) : Restatement.NONE);
                    out.printf("已加载 / Loaded %d facts from %s (%d new, %d replaced), SHA-256 %s%n",
                            f.facts(), f.name(), f.inserted(), f.updated(), f.sha256());
                }
            }
            out.flush();
        }
        return 0;
    }
}
