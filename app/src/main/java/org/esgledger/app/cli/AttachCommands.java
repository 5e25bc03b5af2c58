package org.esgledger.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.evidence.CommentView;
import org.esgledger.app.evidence.Comments;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.evidence.Sizes;
import org.esgledger.app.evidence.Upload;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.IoReason;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.user.Users;
import org.esgledger.engine.i18n.EsgException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg attach REF FILE} and {@code esg comment REF TEXT}: evidence and comments on a fact, a ledger batch or a row (docs/audit.md). */
final class AttachCommands {

    static final String REF = "A stored fact (its id, or indicator@entity@period[dimension=member]), batch:ID or row:BATCH/ROW.";

    private AttachCommands() {
    }

    @Command(name = "attach", description = {"Attach a file (invoice, meter photo, certificate, signed form) as evidence to a fact, a ledger "
            + "batch or a ledger row: stored with its SHA-256, size, type, who and when.",
            "将文件（发票、电表照片、证书、签字表单等）作为证据附加到事实、台账批次或台账行：连同 SHA-256、大小、类型、操作人和时间一并保存。"})
    static class Attach implements Callable<Integer> {
        @ParentCommand
        EsgCommand esg;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "REF", description = REF)
        String reference;
        @Parameters(index = "1", paramLabel = "FILE", description = "The file; any kind, up to the workspace's evidence limit (esg evidence limit).")
        Path file;
        @Option(names = "--note", paramLabel = "TEXT", description = "What the file shows (recorded with it and in the audit trail).")
        String note = "";
        @Option(names = "--by", paramLabel = "USER", description = "Who attaches: a user of the workspace (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            Reference on = Reference.parse(reference);
            long size = SourceFile.requireFile(file);
            try (var context = esg.open(); InputStream in = Files.newInputStream(file)) {
                Actor actor = context.getBean(Users.class).actor(Optional.ofNullable(by));
                EvidenceView e = context.getBean(Evidence.class).attach(actor, on, new Upload(file.toString(), in, size), note);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("已附加证据 / Evidence attached: #%d on %s: %s (%s, %s), SHA-256 %s (%s)%n", e.id(), on.describe(), e.fileName(),
                        e.mediaType(), Sizes.describe(e.size()), e.sha256(), e.by());
                out.flush();
            } catch (IOException ex) {
                throw new EsgException(AppMessages.of("file.unreadable", file, IoReason.of(ex)), ex);
            }
            return 0;
        }
    }

    @Command(name = "comment", description = {"Comment on a fact, a ledger batch or a ledger row (who, when, text; recorded).",
            "对事实、台账批次或台账行添加评论（操作人、时间、内容；记入审计记录）。"})
    static class Comment implements Callable<Integer> {
        @ParentCommand
        EsgCommand esg;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "REF", description = REF)
        String reference;
        @Parameters(index = "1", paramLabel = "TEXT", description = "The comment (quote it).")
        String text;
        @Option(names = "--by", paramLabel = "USER", description = "Who comments: a user of the workspace (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            Reference on = Reference.parse(reference);
            try (var context = esg.open()) {
                Actor actor = context.getBean(Users.class).actor(Optional.ofNullable(by));
                CommentView c = context.getBean(Comments.class).comment(actor, on, text);
                PrintWriter out = spec.commandLine().getOut();
                out.printf("已添加评论 / Comment added: #%d on %s (%s)%n", c.id(), on.describe(), c.by());
                out.flush();
            }
            return 0;
        }
    }
}
