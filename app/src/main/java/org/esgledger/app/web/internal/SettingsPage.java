package org.esgledger.app.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.Sizes;
import org.esgledger.app.ledger.LedgerSettings;
import org.esgledger.app.review.Reviews;
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
 * The workspace's settings (docs/web.md, Administration). Stored in the workspace and changed here with a reason, through
 * the services the command line uses (checked there, {@code CHANGE_SETTINGS}: an admin or a manager; recorded as
 * {@code setting}): the four-eyes rule ({@link Reviews#fourEyes(Actor, boolean, String)}, as {@code esg review four-eyes}) and
 * the evidence limit ({@link Evidence#limit(Actor, String, String)}, as {@code esg evidence limit}). Shown read-only, since they
 * are the application's configuration rather than the workspace's: the GWP set and plausibility limits of ledger import
 * ({@link LedgerSettings}), the ledger upload limit.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SettingsPage {

    static final String SETTINGS = "/admin/settings";

    private final Reviews reviews;
    private final Evidence evidence;
    private final LedgerSettings ledgerSettings;
    private final MessageSource labels;

    SettingsPage(Reviews reviews, Evidence evidence, LedgerSettings ledgerSettings, MessageSource labels) {
        this.reviews = reviews;
        this.evidence = evidence;
        this.ledgerSettings = ledgerSettings;
        this.labels = labels;
    }

    @GetMapping(SETTINGS)
    String settings(HttpServletRequest request, Model model) {
        return show(SignedInUser.actor(request), model);
    }

    @PostMapping(SETTINGS + "/four-eyes")
    String fourEyes(@RequestParam boolean on, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
                    HttpServletResponse response, Locale locale, Model model, RedirectAttributes flash) {
        Actor by = SignedInUser.actor(request);
        try {
            reviews.fourEyes(by, on, reason);
        } catch (EsgException e) {
            FieldProblems.show("fourEyes", e, locale, model, response);
            return show(by, model);
        }
        return done(flash, locale, "web.admin.settings.done.fourEyes");
    }

    @PostMapping(SETTINGS + "/evidence-limit")
    String evidenceLimit(@RequestParam(defaultValue = "") String size, @RequestParam(defaultValue = "") String reason,
                         HttpServletRequest request, HttpServletResponse response, Locale locale, Model model, RedirectAttributes flash) {
        Actor by = SignedInUser.actor(request);
        try {
            evidence.limit(by, size, reason);
        } catch (EsgException e) {
            FieldProblems.show("evidenceLimit", e, locale, model, response);
            model.addAttribute("typedSize", size);
            return show(by, model);
        }
        return done(flash, locale, "web.admin.settings.done.evidenceLimit");
    }

    private String done(RedirectAttributes flash, Locale locale, String key) {
        flash.addFlashAttribute("done", labels.getMessage(key, null, locale));
        return "redirect:" + SETTINGS;
    }

    private String show(Actor by, Model model) {
        model.addAttribute("fourEyes", reviews.fourEyes());
        long limit = evidence.limit();
        model.addAttribute("evidenceLimit", Sizes.describe(limit));
        model.addAttribute("evidenceLimitBytes", limit);
        model.addAttribute("gwpSet", ledgerSettings.gwpSet());
        model.addAttribute("gwpSets", String.join(", ", LedgerSettings.GWP_SETS));
        model.addAttribute("plausibleMax", new TreeMap<>(ledgerSettings.plausibleMax()));
        model.addAttribute("uploadLimit", Sizes.describe(PendingUploads.MAX_BYTES));
        model.addAttribute("mayChange", Authorisation.whyNot(by, Permission.CHANGE_SETTINGS, List.of(Area.WORKSPACE)).isEmpty());
        FieldProblems.none(model);
        return "admin-settings";
    }
}
