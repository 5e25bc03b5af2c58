package org.esgledger.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.evidence.CommentView;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.evidence.ReadBack;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.evidence.Sizes;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.IoReason;
import org.esgledger.app.user.Users;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg evidence list|get|limit}: the evidence and comments kept, a file read back out verified, the size limit. */
@Command(name = "evidence", description = {"Evidence and comments: list them, read a file back out (verified), set the size limit.",
        "证据与评论：列出、读出文件（经校验）、设置大小上限。"},
        subcommands = {EvidenceCommand.ListAll.class, EvidenceCommand.Get.class, EvidenceCommand.Limit.class})
class EvidenceCommand {

    @ParentCommand
    EsgCommand esg;

    /** {@code esg evidence list [REF] [--format]}. */
    @Command(name = "list", description = {"List the evidence and comments, all or those on one fact, batch or row.",
            "列出全部证据和评论，或某一事实、批次或行上的证据和评论。"})
    static class ListAll implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand evidence;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "REF", description = AttachCommands.REF)
        String reference;
        @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        OutputFormat format;

        @Override
        public Integer call() {
            Optional<Reference> on = Optional.ofNullable(reference).map(Reference::parse);
            Output table = new Output(List.of("id", "kind", "on", "by", "at", "file", "media_type", "bytes", "sha256", "text"), List.of("id", "bytes"));
            try (var context = evidence.esg.open()) {
                Evidence service = context.getBean(Evidence.class);
                for (EvidenceView e : service.list(on)) {
                    table.row(List.of(Long.toString(e.id()), "evidence", e.on().code(), e.by(), e.at().truncatedTo(ChronoUnit.SECONDS).toString(),
                            e.fileName(), e.mediaType(), Long.toString(e.size()), e.sha256(), e.note()));
                }
                for (CommentView c : service.comments(on)) {
                    table.row(List.of(Long.toString(c.id()), "comment", c.on().code(), c.by(), c.at().truncatedTo(ChronoUnit.SECONDS).toString(),
                            "", "", "", "", c.text()));
                }
            }
            table.write(format, spec.commandLine().getOut());
            return 0;
        }
    }

    /** {@code esg evidence get ID --out FILE}: written only when the bytes read back have the SHA-256 and size attached. */
    @Command(name = "get", description = {"Write an evidence file back out, verified against its SHA-256 (exit 1 and nothing written if it differs).",
            "读出证据文件并按其 SHA-256 校验（不一致时退出码 1，不写入任何文件）。"})
    static class Get implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand evidence;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "ID", description = "The evidence id (as esg attach and esg evidence list print it).")
        long id;
        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the file.")
        Path out;
        @Option(names = "--by", paramLabel = "USER", description = "Who reads: a user of the workspace who may read what the file is attached to (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            OutputPath.file(out);
            try (var context = evidence.esg.open()) {
                Path part = partFile();
                ReadBack read;
                try (OutputStream o = Files.newOutputStream(part)) {
                    read = context.getBean(Evidence.class).read(context.getBean(Users.class).actor(Optional.ofNullable(by)), id, o);
                } catch (IOException e) {
                    delete(part);
                    throw cannotWrite(e);
                } catch (RuntimeException e) {
                    delete(part);
                    throw e instanceof UncheckedIOException u ? cannotWrite(u.getCause()) : e;
                }
                return keep(read, part);
            }
        }

        private Path partFile() {
            try {
                Path parent = out.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                return Files.createTempFile(parent, ".esg-evidence-", ".part");
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }

        private int keep(ReadBack read, Path part) {
            EvidenceView e = read.evidence();
            if (!read.intact()) {
                delete(part);
                Message m = AppMessages.of("evidence.corrupted", String.valueOf(e.id()), e.fileName(), read.sha256(), String.valueOf(read.size()),
                        e.sha256(), String.valueOf(e.size()));
                PrintWriter err = spec.commandLine().getErr();
                err.println("错误：" + m.zh());
                err.println("Error: " + m.en());
                err.flush();
                return EsgCommand.FAILED;
            }
            try {
                Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException ex) {
                delete(part);
                throw cannotWrite(ex);
            }
            PrintWriter o = spec.commandLine().getOut();
            o.printf("已写出 / Written: %s — evidence #%d %s (%s, %s), SHA-256 %s verified%n", out, e.id(), e.fileName(), e.mediaType(),
                    Sizes.describe(e.size()), e.sha256());
            o.flush();
            return 0;
        }

        private RuntimeException cannotWrite(IOException e) {
            return new EsgException(AppMessages.of("io.cannotWrite", out, IoReason.of(e)), e);
        }

        private static void delete(Path part) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // a scratch file left behind is named .esg-evidence-*.part; nothing refers to it
            }
        }
    }

    /** {@code esg evidence limit [SIZE --reason TEXT] [--by USER]}: prints the limit, or sets it (an admin's or a manager's setting, recorded). */
    @Command(name = "limit", description = {"Print the evidence size limit, or set it (1 KiB to 1 GiB; default 25 MiB) with a reason.",
            "显示证据大小上限，或附理由设置（1 KiB 至 1 GiB；默认 25 MiB）。"})
    static class Limit implements Callable<Integer> {
        @ParentCommand
        EvidenceCommand evidence;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "SIZE", description = "The new limit, e.g. 50MB, 500KB, 1GB (binary: 1 MB = 1 MiB).")
        String size;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required to set it, recorded).")
        String reason = "";
        @Option(names = "--by", paramLabel = "USER", description = "An admin or manager (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            try (var context = evidence.esg.open()) {
                Evidence service = context.getBean(Evidence.class);
                long bytes = size == null ? service.limit()
                        : service.limit(context.getBean(Users.class).actor(Optional.ofNullable(by)), size, reason);
                spec.commandLine().getOut().printf("证据大小上限 / Evidence limit: %s (%d bytes)%n", Sizes.describe(bytes), bytes);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
