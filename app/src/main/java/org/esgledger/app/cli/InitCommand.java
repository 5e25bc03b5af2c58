package org.esgledger.app.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.esgledger.app.setup.CompanyProfile;
import org.esgledger.app.setup.CompanyWorkspace;
import org.esgledger.app.setup.InitSummary;
import org.esgledger.app.setup.SetupSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code esg init}: a company's own workspace, with the production set-up and the company's profile. */
@Command(name = "init", description = {
        "Set up a company's workspace: standard units, frameworks, the standard indicator library, and the company's names, fiscal year and currency. Safe to run again.",
        "初始化企业工作区：标准计量单位、披露框架、标准指标库，以及公司名称、财年和币种。可重复运行。"})
class InitCommand implements Callable<Integer> {

    @ParentCommand
    EsgCommand esg;

    @Spec
    CommandSpec spec;

    @Option(names = "--name-zh", required = true, paramLabel = "NAME", description = "The company's Chinese name (公司中文名称).")
    String nameZh;

    @Option(names = "--name-en", required = true, paramLabel = "NAME", description = "The company's English name.")
    String nameEn;

    @Option(names = "--fiscal-year-end", paramLabel = "MM-DD", description = "Last day of the fiscal year (default: 12-31).")
    Optional<String> fiscalYearEnd;

    @Option(names = "--fiscal-year-start", paramLabel = "MM-DD", description = "First day of the fiscal year, instead of --fiscal-year-end.")
    Optional<String> fiscalYearStart;

    @Option(names = "--currency", defaultValue = "CNY", paramLabel = "CODE",
            description = "Reporting currency, ISO 4217: CNY, USD, HKD or EUR (default: ${DEFAULT-VALUE}).")
    String currency;

    @Option(names = "--admin", paramLabel = "NAME", description = "The workspace's first administrator, created when it has no user "
            + "yet and mapped to your login (default: your login name).")
    Optional<String> admin;

    @Option(names = "--by", paramLabel = "USER", description = "Who initialises, once the workspace has users (default: the user your login is mapped to).")
    Optional<String> by;

    @Option(names = "--force", description = "Rename the company of a workspace initialised for another company (its data is kept).")
    boolean force;

    @Override
    public Integer call() {
        CompanyProfile profile = CompanyProfile.of(nameZh, nameEn, fiscalYearEnd, fiscalYearStart, currency);
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().getErr().println("Opening workspace " + esg.workspace.toAbsolutePath() + " …");
        try (var context = esg.open()) {
            InitSummary s = context.getBean(CompanyWorkspace.class).init(profile, force, by, admin);
            out.println(s.previous().isEmpty() ? "工作区已初始化 / Workspace initialised"
                    : "工作区已更新 / Workspace updated (initialised before; no data was removed)");
            out.printf("  company          %s / %s%n", profile.name().zh(), profile.name().en());
            s.previous().filter(p -> !p.equals(profile))
                    .ifPresent(p -> out.printf("  was              %s / %s, year end %s, %s%n", p.name().zh(), p.name().en(),
                            p.fiscalYearEndText(), p.currency()));
            out.printf("  fiscal year end  %s%n", profile.fiscalYearEndText());
            out.printf("  currency         %s%n", profile.currency());
            SetupSummary setup = s.setup();
            out.printf("  set-up           %s (%s)%n", setup.upToDate() ? "up to date / 已是最新" : "applied / 已应用",
                    setup.fingerprint().substring(0, 16));
            out.printf("  units            %d%n", setup.units());
            out.printf("  dimensions       %d%n", setup.dimensions());
            out.printf("  indicators       %d%n", setup.indicators());
            out.printf("  formulas         %d%n", setup.formulas());
            s.frameworkItems().forEach((f, n) -> out.printf("  framework items  %-5s %d%n", f, n));
            out.printf("  entities         %d%n", s.entities());
            out.printf("  by               %s%s%n", s.by(), s.firstAdmin() ? " (first administrator, created now / 首位管理员，已创建)" : "");
            out.println("Next / 下一步:");
            out.println("  esg user add NAME --role contributor   the people who enter and review data (docs/audit.md)");
            out.println("  esg load entities entities.csv        your organisation (docs/formats/entities.md)");
            out.println("  esg template energy --out energy.xlsx  a ledger's template; then esg import --ledger energy FILE");
            out.println("  esg load facts facts.csv               figures entered by hand (docs/formats/facts.md)");
            out.println("  esg compute --year YEAR                then esg checks, esg report");
            out.flush();
        }
        return 0;
    }
}
