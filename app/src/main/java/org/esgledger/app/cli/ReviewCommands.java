package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.review.Reviewed;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.review.Selection;
import org.esgledger.app.user.Users;
import org.esgledger.engine.catalogue.Codes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg submit}, {@code esg approve}, {@code esg reject}, {@code esg review four-eyes}: review and approval (docs/audit.md). */
final class ReviewCommands {

    private ReviewCommands() {
    }

    /** What a review step does with the selection once the actor is known. */
    interface Step {
        Reviewed take(Reviews reviews, Actor by, Selection what, String reason);
    }

    /** Runs one step: resolves the user, takes the step in one transaction, prints what changed. */
    static int run(EsgCommand esg, CommandSpec spec, ReviewSelection selection, String reason, Step step) {
        Selection what = selection.selection();
        try (var context = esg.open()) {
            Actor by = context.getBean(Users.class).actor(Optional.ofNullable(selection.by));
            Reviewed r = step.take(context.getBean(Reviews.class), by, what, reason);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%s → %s: %d facts, %d batches (%s)%n", what.describe(), Codes.code(r.to()), r.facts().size(), r.batches().size(),
                    by.name());
            out.flush();
        }
        return 0;
    }

    @Command(name = "submit", description = {"Submit draft or rejected values for review: a fact, a ledger batch, or a selection.",
            "提交草稿或被退回的数据以供复核：单个事实、台账批次或筛选结果。"})
    static class Submit implements Callable<Integer> {
        @ParentCommand
        EsgCommand esg;
        @Spec
        CommandSpec spec;
        @Mixin
        ReviewSelection selection;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (optional, recorded).")
        String reason = "";

        @Override
        public Integer call() {
            return run(esg, spec, selection, reason, Reviews::submit);
        }
    }

    @Command(name = "approve", description = {"Approve submitted values (four-eyes: not your own entry or import, unless turned off).",
            "批准已提交的数据（四眼原则：不得批准本人填报或导入的数据，除非已关闭）。"})
    static class Approve implements Callable<Integer> {
        @ParentCommand
        EsgCommand esg;
        @Spec
        CommandSpec spec;
        @Mixin
        ReviewSelection selection;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (optional, recorded).")
        String reason = "";

        @Override
        public Integer call() {
            return run(esg, spec, selection, reason, Reviews::approve);
        }
    }

    @Command(name = "reject", description = {"Reject submitted values, with a reason; they can be corrected and submitted again.",
            "退回已提交的数据并说明理由；修改后可再次提交。"})
    static class Reject implements Callable<Integer> {
        @ParentCommand
        EsgCommand esg;
        @Spec
        CommandSpec spec;
        @Mixin
        ReviewSelection selection;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required, recorded).")
        String reason = "";

        @Override
        public Integer call() {
            return run(esg, spec, selection, reason, Reviews::reject);
        }
    }

    @Command(name = "review", description = {"Review settings.", "复核设置。"}, subcommands = FourEyes.class)
    static class Review {
        @ParentCommand
        EsgCommand esg;
    }

    /** {@code esg review four-eyes on|off --reason TEXT [--by USER]}. */
    @Command(name = "four-eyes", description = {"Turn the four-eyes rule on or off (off: the same person may enter and approve; lineage says so).",
            "开启或关闭四眼原则（关闭后同一人可填报并批准，数据溯源会注明）。"})
    static class FourEyes implements Callable<Integer> {
        @ParentCommand
        Review review;
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "on|off", description = "${COMPLETION-CANDIDATES}")
        Switch value;
        @Option(names = "--reason", paramLabel = "TEXT", description = "Why (required, recorded).")
        String reason = "";
        @Option(names = "--by", paramLabel = "USER", description = "An admin or manager (default: the user your login is mapped to).")
        String by;

        /** The two positions of the rule. */
        enum Switch { on, off }

        @Override
        public Integer call() {
            try (var context = review.esg.open()) {
                Actor actor = context.getBean(Users.class).actor(Optional.ofNullable(by));
                context.getBean(Reviews.class).fourEyes(actor, value == Switch.on, reason);
                spec.commandLine().getOut().printf("四眼原则 / four-eyes rule: %s%n", value);
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
