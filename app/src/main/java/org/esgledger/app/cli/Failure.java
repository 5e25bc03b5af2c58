package org.esgledger.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.IoReason;
import org.esgledger.app.intake.LoadRejected;
import org.esgledger.app.intake.Problem;
import org.esgledger.app.workspace.Credentials;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.transaction.TransactionSystemException;

/**
 * What the user sees when a command fails: a few lines in zh and en and the exit code. Refused
 * input ({@link EsgException}, a file the user named that cannot be read or written) exits with
 * {@link EsgCommand#REFUSED}; a failing database or anything unexpected with {@link EsgCommand#FAILED}.
 * Stack traces, SQL and row data are shown only with {@code --verbose}; credentials never.
 */
record Failure(int exit, List<String> lines) {

    static final int MAX_REASON = 200;
    static final String VERBOSE_HINT = "（使用 --verbose 查看详情 / run with --verbose for details）";

    Failure {
        lines = lines.stream().flatMap(String::lines).map(Failure::clean).toList();
    }

    /** Prints the failure of a command; with {@code verbose}, its stack trace first. Returns the exit code. */
    static int report(Throwable ex, boolean verbose, PrintWriter err) {
        if (verbose) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(Credentials.mask(trace.toString()));
        }
        Failure f = of(ex);
        f.lines().forEach(err::println);
        if (f.exit() != EsgCommand.REFUSED && !verbose) {
            err.println(VERBOSE_HINT);
        }
        err.flush();
        return f.exit();
    }

    static Failure of(Throwable thrown) {
        Throwable ex = firstFailure(thrown);
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof LoadRejected rejected) {
                return rejected(rejected);
            }
            if (c instanceof EsgException esg) {
                return refused(esg.problem());
            }
        }
        return DatabaseFailure.of(ex).or(() -> file(ex)).orElseGet(() -> unexpected(ex));
    }

    /**
     * The failure that started it: when a rollback fails too (the connection is gone), Spring throws
     * the rollback's exception and keeps the first one aside as its "application exception".
     */
    private static Throwable firstFailure(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof TransactionSystemException t && t.getApplicationException() != null) {
                return firstFailure(t.getApplicationException());
            }
        }
        return ex;
    }

    private static Failure rejected(LoadRejected rejected) {
        List<String> lines = new ArrayList<>();
        lines.add("错误：文件被拒绝，未写入任何数据（" + rejected.problems().size() + " 个问题）");
        lines.add("Error: file refused, nothing was written (" + rejected.problems().size() + " problems)");
        for (Problem p : rejected.problems()) {
            Bilingual t = p.text();
            lines.add("  " + t.zh());
            lines.add("  " + t.en());
        }
        return new Failure(EsgCommand.REFUSED, lines);
    }

    static Failure refused(Message m) {
        return new Failure(EsgCommand.REFUSED, List.of("错误：" + m.zh(), "Error: " + m.en()));
    }

    /** A file or folder that cannot be read or written: the path when the system names it, and the reason. */
    private static Optional<Failure> file(Throwable ex) {
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof FileSystemException f && f.getFile() != null) {
                return Optional.of(refused(AppMessages.of("io.file", f.getFile(), IoReason.of(f))));
            }
            if (c instanceof IOException io) {
                Optional<Message> reason = IoReason.known(io);
                if (reason.isPresent()) {
                    return Optional.of(refused(AppMessages.of("io.failed", reason.get())));
                }
            }
        }
        return Optional.empty();
    }

    /** One line: the innermost exception that says something, its class and message cut short. */
    private static Failure unexpected(Throwable ex) {
        Throwable told = ex;
        for (Throwable c = ex; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && !c.getMessage().isBlank()) {
                told = c;
            }
        }
        String what = told.getClass().getSimpleName() + (told.getMessage() == null ? "" : ": " + cut(told.getMessage()));
        Message m = AppMessages.of("failure.unexpected", what);
        return new Failure(EsgCommand.FAILED, List.of("错误：" + m.zh(), "Error: " + m.en()));
    }

    /** A text cut to {@value #MAX_REASON} characters, on one line, credentials masked. */
    static String cut(String text) {
        String one = clean(Credentials.mask(text)).replaceAll("\\s+", " ").strip();
        return one.length() > MAX_REASON ? one.substring(0, MAX_REASON) + "…" : one;
    }

    /** A printed line: credentials masked, control and bidirectional-override characters removed. */
    static String clean(String line) {
        String masked = Credentials.mask(line == null ? "" : line);
        return masked.replace('\t', ' ').replaceAll("[\\p{Cc}\\u202A-\\u202E\\u2066-\\u2069]", "");
    }
}
