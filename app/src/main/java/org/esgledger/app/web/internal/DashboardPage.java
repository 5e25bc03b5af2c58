package org.esgledger.app.web.internal;

import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.calculation.ReadableFigures;
import org.esgledger.app.readiness.Dashboard;
import org.esgledger.app.readiness.Dashboards;
import org.esgledger.app.readiness.Readiness;
import org.esgledger.app.readiness.ReadinessReport;
import org.esgledger.app.report.ReportTemplates;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.fact.FactStatus;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard of a fiscal year (default: the latest the workspace has data for): the readiness
 * that {@code esg status} prints ({@link Readiness}, docs/readiness.md): entities, ledgers per kind
 * and year, stored facts by status, the report template's figures without value or only draft, the
 * snapshot and its findings, the period lock; of what the user may read (the reader's readiness, {@code Readiness.of(reader, …)});
 * and what waits for the user, the findings with links to their figures, the key figures' charts and the last changes
 * ({@link Dashboards}).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DashboardPage {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2200;
    /** Items of each "waiting for me" list shown on the page (each list says how many there are, and links to all). */
    static final int FIRST = 10;

    /** A count under a code ({@code draft}, {@code high}) that the page labels in the user's language. */
    record Count(String code, long count) {
    }

    private final Readiness readiness;
    private final Dashboards dashboards;
    private final Workspace workspace;

    DashboardPage(Readiness readiness, Dashboards dashboards, Workspace workspace) {
        this.readiness = readiness;
        this.dashboards = dashboards;
        this.workspace = workspace;
    }

    @GetMapping("/")
    String dashboard(@RequestParam Optional<Integer> year, Model model, HttpServletRequest request) {
        Actor reader = SignedInUser.actor(request);
        int y = year.filter(v -> v >= FIRST_YEAR && v <= LAST_YEAR)
                .orElseGet(() -> readiness.latestYear().orElse(Year.now().getValue() - 1));
        Dashboard dashboard = dashboards.of(reader, y, ReportTemplates.workspaceTemplate(workspace.directory(), y));
        ReadinessReport report = dashboard.readiness();
        model.addAttribute("year", y);
        // a year is a name, not a quantity: "2024", never "2,024"
        model.addAttribute("fy", String.valueOf(y));
        model.addAttribute("firstYear", FIRST_YEAR);
        model.addAttribute("lastYear", LAST_YEAR);
        model.addAttribute("report", report);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("waiting", dashboard.waiting());
        model.addAttribute("first", FIRST);
        model.addAttribute("partial", !ReadableFigures.readsEverything(reader));
        model.addAttribute("facts", counts(FactStatus.values(), report.facts()));
        model.addAttribute("findings", report.findings().isEmpty() ? List.of() : counts(Severity.values(), report.findings()));
        return "dashboard";
    }

    private static <E extends Enum<E>> List<Count> counts(E[] values, Map<E, Long> counts) {
        return Arrays.stream(values).map(v -> new Count(Codes.code(v), counts.getOrDefault(v, 0L))).toList();
    }
}
