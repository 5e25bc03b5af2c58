package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditLog;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.audit.ChainVerdict;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.user.Users;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg audit}: the audit trail, every change and refusal with who, when, what and why; {@code esg audit verify} checks its chain. */
@Command(name = "audit", description = {"List the audit trail: every change and refusal, who, when, what (before, after) and why.",
        "列出审计记录：每项变更和拒绝的操作人、时间、内容（前后）和理由。"}, subcommands = {AuditCommand.Verify.class,
        AuditCommand.Head.class})
class AuditCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Events from this day on (the machine's time zone).")
    LocalDate since;

    @Option(names = "--entity", paramLabel = "CODE", description = "Events that touched this entity.")
    String entity;

    @Option(names = "--user", paramLabel = "NAME", description = "Events by this user (refusals: by the name claimed).")
    String user;

    @Option(names = "--by", paramLabel = "USER",
            description = "Who reads the audit trail: an admin, a manager or an auditor (default: the user your login is mapped to).")
    String by;

    @Option(names = "--format", defaultValue = "table", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Override
    public Integer call() {
        AuditQuery query = new AuditQuery(Optional.ofNullable(since).map(d -> d.atStartOfDay(ZoneId.systemDefault()).toInstant()),
                Optional.ofNullable(entity), Optional.ofNullable(user));
        try (var context = esg.open()) {
            requireReader(context, by);
            boolean table = format == OutputFormat.table;
            Output output = new Output(table ? List.of("seq", "at", "actor", "action", "subject", "reason", "after")
                    : List.of("seq", "at", "actor", "action", "subject_kind", "subject_id", "entities", "reason", "before", "after", "hash"),
                    List.of("seq"));
            for (AuditEvent e : context.getBean(Changes.class).events(query)) {
                output.row(table ? List.of(Long.toString(e.seq()), e.at().toString(), e.actor(), e.action(), e.subjectKind() + " " + e.subjectId(),
                        e.reason(), e.after())
                        : List.of(Long.toString(e.seq()), e.at().toString(), e.actor(), e.action(), e.subjectKind(), e.subjectId(),
                        String.join(",", e.entities()), e.reason(), e.before(), e.after(), e.hash()));
            }
            output.write(format, spec.commandLine().getOut());
        }
        return 0;
    }

    /** The one read check of the audit trail (the browser's too): an admin, a manager or an auditor; a refusal is recorded. */
    static void requireReader(ConfigurableApplicationContext context, String by) {
        context.getBean(AuditLog.class).requireReader(context.getBean(Users.class).actor(Optional.ofNullable(by)));
    }

    /** {@code esg audit head}: the chain's head, {@code SEQ:SHA256}, to write down outside the database. */
    @Command(name = "head", description = {"Print the head of the audit chain (SEQ:SHA256 of the last event), to keep outside the database.",
            "打印审计链头（最后一个事件的 SEQ:SHA256），以便在数据库之外留存。"})
    static class Head implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;
        @Spec
        CommandSpec spec;

        @Option(names = "--by", paramLabel = "USER", description = "Who reads: an admin, a manager or an auditor (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (var context = audit.esg.open()) {
                requireReader(context, by);
                out.println(context.getBean(Changes.class).head());
                out.flush();
            }
            return 0;
        }
    }

    /** {@code esg audit verify [--head SEQ:SHA256]}: exit 0 when the chain is intact (and holds the anchor), 1 with the first broken event named otherwise. */
    @Command(name = "verify", description = {"Recompute the audit trail's hash chain; name the first broken event (exit 1).",
            "重新计算审计记录的哈希链；指出第一个被破坏的事件（退出码 1）。"})
    static class Verify implements Callable<Integer> {
        @ParentCommand
        AuditCommand audit;
        @Spec
        CommandSpec spec;

        @Option(names = "--head", paramLabel = "SEQ:SHA256", description = "A head printed earlier (esg audit head, the lineage page, the data pack): "
                + "the chain must still hold that event with that hash, else it was rewritten or cut short (exit 1).")
        String head;

        @Option(names = "--by", paramLabel = "USER", description = "Who reads: an admin, a manager or an auditor (default: the user your login is mapped to).")
        String by;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Optional<ChainHead> anchor = Optional.ofNullable(head).map(ChainHead::parse);
            try (var context = audit.esg.open()) {
                requireReader(context, by);
                ChainVerdict verdict = context.getBean(Changes.class).verify(anchor);
                if (verdict instanceof ChainVerdict.Intact intact) {
                    out.printf("审计链完整 / Audit chain intact: %d events, head %d:%s%n", intact.events(), intact.events(), intact.head());
                    anchor.ifPresent(a -> out.printf("锚定的链头在链中 / Anchored head in the chain: %s%n", a));
                    out.flush();
                    return 0;
                }
                ChainVerdict.Broken broken = (ChainVerdict.Broken) verdict;
                PrintWriter err = spec.commandLine().getErr();
                err.printf("审计链在事件 %d 处被破坏（%s）/ Audit chain broken at event %d (%s): %s%n", broken.seq(), zh(broken.breach()),
                        broken.seq(), broken.breach().name().toLowerCase(Locale.ROOT).replace('_', ' '), broken.detail());
                err.flush();
                return EsgCommand.FAILED;
            }
        }

        private static String zh(ChainVerdict.Breach breach) {
            return switch (breach) {
                case CONTENT_CHANGED -> "内容被修改";
                case EVENT_MISSING -> "事件缺失";
                case EVENT_INSERTED -> "事件被插入";
                case HEAD_NOT_IN_CHAIN -> "锚定的链头不在链中";
            };
        }
    }
}
