package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.period.Locks;
import org.esgledger.app.period.PeriodLock;
import org.esgledger.app.user.Users;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg lock --year YYYY --reason TEXT}: closes a published year; later changes to it are restatements. There is no unlock. */
@Command(name = "lock", description = {"Lock a fiscal year after publication: any later change to its values is refused unless made as a "
        + "restatement (esg load facts or esg import with --restate --reason). There is no unlock.",
        "发布后锁定某一财年：此后对该年度数据的任何修改均被拒绝，除非以重述方式进行（esg load facts 或 esg import 加 --restate --reason）。不提供解锁。"})
class LockCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--year", required = true, paramLabel = "YYYY", description = "Fiscal year to lock.")
    int year;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, e.g. \"published 2025-04-18\".")
    String reason;

    @Option(names = "--by", paramLabel = "USER", description = "Who locks: a manager or an admin (default: the user your login is mapped to).")
    String by;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (var context = esg.open()) {
            PeriodLock l = context.getBean(Locks.class).lock(year, reason, context.getBean(Users.class).actor(Optional.ofNullable(by)));
            out.printf("已锁定 / Locked %d (%s, %s): %s%n", l.year(), l.lockedBy(), l.lockedAt(), l.reason());
            out.flush();
        }
        return 0;
    }
}
