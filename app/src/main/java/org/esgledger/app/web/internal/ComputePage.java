package org.esgledger.app.web.internal;

import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ComputeOptions;
import org.esgledger.app.calculation.ComputeResult;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.readiness.Readiness;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Computing a fiscal year (docs/web.md): the year's current snapshot, and for a manager the Compute and Freeze buttons.
 * Both go through {@link Calculations#compute}, as {@code esg compute --year} and {@code esg compute --freeze --reason} do,
 * by the signed-in user: the service checks ({@code Authorisation.require} with {@code COMPUTE}) and records; the page then
 * shows the change report ({@link ChangeLines}) in the user's language.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ComputePage {

    static final String COMPUTE = "/compute";

    private final Calculations calculations;
    private final Readiness readiness;

    ComputePage(Calculations calculations, Readiness readiness) {
        this.calculations = calculations;
        this.readiness = readiness;
    }

    @GetMapping(COMPUTE)
    String page(@RequestParam Optional<Integer> year, HttpServletRequest request, Model model) {
        return show(SignedInUser.actor(request), year(year, readiness), model);
    }

    @PostMapping(COMPUTE)
    String compute(@RequestParam int year, HttpServletRequest request, Locale locale, Model model) {
        Actor by = SignedInUser.actor(request);
        result(calculations.compute(year, new ComputeOptions(by, false, false, "")), locale, model);
        return show(by, year, model);
    }

    @PostMapping(COMPUTE + "/freeze")
    String freeze(@RequestParam int year, @RequestParam(defaultValue = "") String reason, HttpServletRequest request, Locale locale,
                  Model model) {
        Actor by = SignedInUser.actor(request);
        result(calculations.compute(year, new ComputeOptions(by, true, false, reason)), locale, model);
        return show(by, year, model);
    }

    /** The change report; for a frozen year, the command line's message that nothing was written. */
    private static void result(ComputeResult r, Locale locale, Model model) {
        model.addAttribute("result", ChangeLines.of(r));
        if (r.outcome() == ComputeResult.Outcome.FROZEN) {
            model.addAttribute("frozen", Texts.of(AppMessages.of("compute.frozen", String.valueOf(r.snapshot().fiscalYear()),
                    String.valueOf(r.snapshot().id()), r.snapshot().frozenReason()), locale));
        }
    }

    private String show(Actor by, int year, Model model) {
        model.addAttribute("fy", String.valueOf(year));
        model.addAttribute("firstYear", DashboardPage.FIRST_YEAR);
        model.addAttribute("lastYear", DashboardPage.LAST_YEAR);
        model.addAttribute("snapshot", calculations.current(year).orElse(null));
        model.addAttribute("mayCompute", Authorisation.whyNot(by, Permission.COMPUTE, List.of(Area.WORKSPACE)).isEmpty());
        return "compute";
    }

    /** The year asked for, else the latest the workspace has data for. */
    static int year(Optional<Integer> year, Readiness readiness) {
        return year.filter(v -> v >= DashboardPage.FIRST_YEAR && v <= DashboardPage.LAST_YEAR)
                .orElseGet(() -> readiness.latestYear().orElse(Year.now().getValue() - 1));
    }
}
