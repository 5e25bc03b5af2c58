package org.esgledger.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.assurance.AssurancePack;
import org.esgledger.app.assurance.AssurancePacks;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.IoReason;
import org.esgledger.app.user.Users;
import org.esgledger.engine.i18n.EsgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code esg assurance-pack --year YYYY [--out FILE] [--by USER]}: the year's assurance pack (docs/formats/assurance-pack.md),
 * written to a scratch file beside {@code --out} and moved there only when it is complete (a refused pack leaves nothing).
 */
@Command(name = "assurance-pack", description = {"Write the year's assurance pack: data pack, lineage, ledger batches, audit chain, "
        + "evidence files (checked) and a SHA-256 manifest, in one ZIP.",
        "生成年度鉴证资料包：数据包、数据溯源、台账批次、审计链、证据文件（经校验）及 SHA-256 清单，打包为一个 ZIP。"})
class AssurancePackCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Fiscal year (its current snapshot: run esg compute first).")
    int year;

    @Option(names = "--out", paramLabel = "FILE", description = "The ZIP to write (default: WORKSPACE/out/assurance-pack-YYYY.zip).")
    Path out;

    @Option(names = "--by", paramLabel = "USER", description = "Who reads: an admin, a manager or an auditor (default: the user your login is mapped to).")
    String by;

    @Override
    public Integer call() {
        Path file = OutputPath.file(out != null ? out : esg.workspace.resolve("out").resolve("assurance-pack-" + year + ".zip"));
        try (var context = esg.open()) {
            Path part = part(file);
            AssurancePack pack;
            try (OutputStream o = Files.newOutputStream(part)) {
                pack = context.getBean(AssurancePacks.class).write(context.getBean(Users.class).actor(Optional.ofNullable(by)), year, o);
            } catch (IOException | UncheckedIOException e) {
                delete(part);
                throw cannotWrite(file, e instanceof UncheckedIOException u ? u.getCause() : (IOException) e);
            } catch (RuntimeException e) {
                delete(part);
                throw e;
            }
            try {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                delete(part);
                throw cannotWrite(file, e);
            }
            PrintWriter w = spec.commandLine().getOut();
            w.printf("鉴证资料包 / Assurance pack %d (snapshot #%d, audit head %s): %d files, %d evidence files, %d audit events%n", pack.year(),
                    pack.snapshot(), pack.head(), pack.files().size() + 1, pack.evidence(), pack.auditEvents());
            w.println("  " + file.toAbsolutePath());
            w.flush();
        }
        return 0;
    }

    private static Path part(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            return Files.createTempFile(parent, ".esg-assurance-", ".part");
        } catch (IOException e) {
            throw cannotWrite(file, e);
        }
    }

    private static RuntimeException cannotWrite(Path file, IOException e) {
        return new EsgException(AppMessages.of("io.cannotWrite", file, IoReason.of(e)), e);
    }

    private static void delete(Path part) {
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // a scratch file left behind is named .esg-assurance-*.part; nothing refers to it
        }
    }
}
