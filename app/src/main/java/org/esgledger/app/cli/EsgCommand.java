package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.esgledger.app.EsgLedger;
import org.esgledger.app.intake.LoadRejected;
import org.esgledger.app.intake.Problem;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code esg}: the command line of ESG Ledger. */
@Command(name = "esg", mixinStandardHelpOptions = true, version = "ESG Ledger 0.1.0",
        description = {"ESG Ledger — operating ledgers in, audit-ready bilingual sustainability report out.",
                "ESG 台账：从业务台账到可审计的中英文可持续发展报告。"},
        subcommands = {DemoCommand.class, FactsCommand.class, CatalogueCommand.class, LoadCommand.class, ImportCommand.class,
                ExportCommand.class, TemplateCommand.class, ComputeCommand.class, ChecksCommand.class, ExplainCommand.class, FactorsCommand.class, ReportCommand.class,
                CommandLine.HelpCommand.class})
public class EsgCommand {

    /** Exit code for input that was refused (a file with bad rows, an unknown code). */
    public static final int REFUSED = 2;
    /** Exit code for any other failure. */
    public static final int FAILED = 1;

    @Option(names = "--workspace", defaultValue = "workspace", paramLabel = "DIR",
            description = "Workspace folder (default: ${DEFAULT-VALUE}); holds the embedded database.")
    Path workspace;

    @Option(names = "--verbose", description = "Show the application's log on standard error.")
    boolean verbose;

    /** Starts the application for this workspace: the store, migrations, the modules. */
    ConfigurableApplicationContext open() {
        return new SpringApplicationBuilder(EsgLedger.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--esg.workspace=" + workspace.toAbsolutePath(),
                        "--logging.level.root=" + (verbose ? "INFO" : "WARN"),
                        // a failed start is reported once, by report(), in zh and en; --verbose shows the log
                        "--logging.level.org.springframework.boot.SpringApplication=" + (verbose ? "INFO" : "OFF"),
                        "--logging.level.org.springframework.context=" + (verbose ? "INFO" : "ERROR"));
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new EsgCommand());
        cli.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        cli.setExecutionExceptionHandler((ex, line, parsed) -> report(ex, line.getErr()));
        return cli.execute(args);
    }

    /** Prints a failure the way a user can act on it: zh and en, every problem with file, row and column. */
    static int report(Exception ex, PrintWriter err) {
        Throwable cause = ex;
        while (!(cause instanceof EsgException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof LoadRejected rejected) {
            err.println("错误：文件被拒绝，未写入任何数据（" + rejected.problems().size() + " 个问题）");
            err.println("Error: file refused, nothing was written (" + rejected.problems().size() + " problems)");
            for (Problem p : rejected.problems()) {
                Bilingual t = p.text();
                err.println("  " + t.zh());
                err.println("  " + t.en());
            }
            err.flush();
            return REFUSED;
        }
        if (cause instanceof EsgException esg) {
            err.println("错误：" + esg.text().zh());
            err.println("Error: " + esg.text().en());
            err.flush();
            return REFUSED;
        }
        err.println("错误 / Error: " + ex);
        for (Throwable c = ex.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            err.println("  caused by: " + c);
        }
        err.println("（使用 --verbose 查看日志 / run with --verbose to see the log）");
        err.flush();
        return FAILED;
    }
}
