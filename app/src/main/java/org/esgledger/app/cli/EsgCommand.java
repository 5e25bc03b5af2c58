package org.esgledger.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.esgledger.app.EsgLedger;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * {@code esg}: the command line of ESG Ledger. Options that take one of a fixed set of values are
 * enums or name their candidates, so that help and shell completion ({@code esg generate-completion})
 * list them.
 */
@Command(name = "esg", mixinStandardHelpOptions = true, version = "ESG Ledger 0.1.0",
        description = {"ESG Ledger — operating ledgers in, audit-ready bilingual sustainability report out.",
                "ESG 台账：从业务台账到可审计的中英文可持续发展报告。"},
        subcommands = {InitCommand.class, DemoCommand.class, FactsCommand.class, CatalogueCommand.class, LoadCommand.class, ImportCommand.class,
                ExportCommand.class, TemplateCommand.class, ComputeCommand.class, ChecksCommand.class, ExplainCommand.class, FactorsCommand.class, ReportCommand.class,
                StatusCommand.class, UserCommand.class, ServeCommand.class, AuditCommand.class, LockCommand.class, ReviewCommands.Submit.class,
                ReviewCommands.Approve.class, ReviewCommands.Reject.class, ReviewCommands.Review.class,
                AttachCommands.Attach.class, AttachCommands.Comment.class, EvidenceCommand.class, AssurancePackCommand.class,
                CommandLine.HelpCommand.class, AutoComplete.GenerateCompletion.class})
public class EsgCommand {

    /** Exit code for input that was refused (a file with bad rows, an unknown code). */
    public static final int REFUSED = 2;
    /** Exit code for any other failure. */
    public static final int FAILED = 1;

    @Option(names = "--workspace", defaultValue = "workspace", paramLabel = "DIR",
            description = "Workspace folder (default: ${DEFAULT-VALUE}); holds the embedded database.")
    Path workspace;

    @Option(names = "--verbose", description = "Show the application's log, and the full stack trace of a failure, on standard error.")
    boolean verbose;

    /** Starts the application for this workspace: the store, migrations, the modules; no web server (only {@code esg serve} has one). */
    ConfigurableApplicationContext open() {
        return open(WebApplicationType.NONE);
    }

    /** Starts the application as {@link #open()}, as a web application when {@code type} says so, with more arguments ({@code --server.port=…}). */
    ConfigurableApplicationContext open(WebApplicationType type, String... more) {
        List<String> args = new ArrayList<>(List.of("--esg.workspace=" + workspace.toAbsolutePath(),
                // application.properties says none, for every context that does not say otherwise (the tests' among them)
                "--spring.main.web-application-type=" + type.name().toLowerCase(Locale.ROOT),
                "--logging.level.root=" + (verbose ? "INFO" : "WARN"),
                // without --verbose a log line stays one line: no stack trace, no SQL batch (logback-spring.xml)
                "--esg.log.brief=" + !verbose,
                // a failed start is reported once, by report(), in zh and en; --verbose shows the log
                "--logging.level.org.springframework.boot.SpringApplication=" + (verbose ? "INFO" : "OFF"),
                "--logging.level.org.springframework.context=" + (verbose ? "INFO" : "ERROR"),
                // a broken connection or a failed rollback is reported by report() too, once
                "--logging.level.com.zaxxer.hikari=" + (verbose ? "INFO" : "OFF"),
                "--logging.level.org.springframework.transaction=" + (verbose ? "INFO" : "OFF")));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(EsgLedger.class)
                .web(type)
                .logStartupInfo(false)
                .run(args.toArray(String[]::new));
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new EsgCommand());
        cli.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        EsgCommand esg = cli.getCommand();
        cli.setExecutionExceptionHandler((ex, line, parsed) -> report(ex, esg.verbose, line.getErr()));
        try {
            return cli.execute(args);
        } catch (RuntimeException | Error e) {
            // picocli hands exceptions to the handler above; an Error (out of memory, stack overflow) passes through
            return report(e, esg.verbose, cli.getErr());
        }
    }

    /** Prints a failure the way a user can act on it: see {@link Failure}. */
    static int report(Throwable ex, boolean verbose, PrintWriter err) {
        return Failure.report(ex, verbose, err);
    }
}
