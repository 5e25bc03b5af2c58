package org.esgledger.app.web.internal;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.period.Locks;
import org.esgledger.app.period.PeriodLock;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Period locks (docs/web.md, Administration): every locked year with who locked it, when and why, and for an admin or a
 * manager the form that locks a year with a reason, through {@link Locks#lock} as {@code esg lock} (checked there,
 * {@code LOCK_PERIOD}; recorded as {@code lock}). There is no unlock, in the browser as on the command line: a published year
 * is corrected by restatement (docs/audit.md).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LocksPage {

    static final String LOCKS = "/admin/locks";

    private final Locks locks;
    private final MessageSource labels;

    LocksPage(Locks locks, MessageSource labels) {
        this.locks = locks;
        this.labels = labels;
    }

    @GetMapping(LOCKS)
    String locks(HttpServletRequest request, Model model) {
        return show(SignedInUser.actor(request), model);
    }

    @PostMapping(LOCKS)
    String lock(@RequestParam int year, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
                HttpServletResponse response, Locale locale, Model model, RedirectAttributes flash) {
        Actor by = SignedInUser.actor(request);
        try {
            PeriodLock lock = locks.lock(year, reason, by);
            flash.addFlashAttribute("done", labels.getMessage("web.admin.locks.done", new Object[] {String.valueOf(lock.year())}, locale));
            return "redirect:" + LOCKS;
        } catch (EsgException e) {
            FieldProblems.show("lock", e, locale, model, response);
            model.addAttribute("typedYear", String.valueOf(year));
            return show(by, model);
        }
    }

    private String show(Actor by, Model model) {
        List<PeriodLock> all = locks.locks();
        model.addAttribute("locks", all);
        model.addAttribute("firstYear", DashboardPage.FIRST_YEAR);
        model.addAttribute("lastYear", DashboardPage.LAST_YEAR);
        model.addAttribute("mayLock", Authorisation.whyNot(by, Permission.LOCK_PERIOD, List.of(Area.WORKSPACE)).isEmpty());
        FieldProblems.none(model);
        return "admin-locks";
    }
}
