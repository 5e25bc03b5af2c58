package org.esgledger.app.web.internal;

import static java.util.Map.entry;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.ui.Model;

/**
 * A service's refusal of a rule (a reason missing, a name taken, a size out of range) shown at the form field it is about, in
 * the page's language, from the command line's message: the model's {@code problems} maps {@code form.field} to the text
 * ({@code form.form} when it is about no one field). A refusal of role or scope is rethrown: the refused page (403).
 */
final class FieldProblems {

    static final String MODEL = "problems";

    private static final Map<String, String> FIELDS = Map.ofEntries(
            entry("user.badName", "name"), entry("user.exists", "name"), entry("user.loginTaken", "name"),
            entry("user.noRole", "roles"), entry("user.badRole", "roles"),
            entry("user.reasonRequired", "reason"), entry("user.enableReason", "reason"), entry("user.rolesReason", "reason"),
            entry("review.settingReason", "reason"), entry("evidence.limitReason", "reason"), entry("period.lockReason", "reason"),
            entry("evidence.limitRange", "size"), entry("period.alreadyLocked", "year"));

    private FieldProblems() {
    }

    /** Puts the problem into the model at its field of {@code form}, the response's status 400; rethrows a refusal of role or scope. */
    static void show(String form, EsgException e, Locale locale, Model model, HttpServletResponse response) {
        if (e.problem().key().startsWith("auth.")) {
            throw e;
        }
        model.addAttribute(MODEL, Map.of(form + "." + FIELDS.getOrDefault(e.problem().key(), "form"), Texts.of(e.problem(), locale)));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** No problem: an empty map, so that a page asks {@code problems['form.field']} alike. */
    static void none(Model model) {
        if (!model.containsAttribute(MODEL)) {
            model.addAttribute(MODEL, Map.of());
        }
    }
}
