package org.esgledger.app.web.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.user.OneTimeCode;
import org.esgledger.app.user.SignInCodes;
import org.esgledger.app.user.Users;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * One user (docs/web.md, Administration): roles, scope, enabled; for an admin the forms that change them, each through
 * {@link Users} as the command line ({@code esg user scope}, {@code esg user disable --reason}; enabling again and changing
 * roles, with a reason) and a new one-time code ({@link SignInCodes#reset}, as {@code esg user reset}), shown once. The
 * services check ({@code MANAGE_USERS}: an admin) and record; a rule's refusal is shown at its field.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UserPage {

    private static final String USER = UsersPage.USERS + "/{name}";

    private final Users users;
    private final SignInCodes codes;
    private final MessageSource labels;

    UserPage(Users users, SignInCodes codes, MessageSource labels) {
        this.users = users;
        this.codes = codes;
        this.labels = labels;
    }

    @GetMapping(USER)
    String user(@PathVariable String name, HttpServletRequest request, Model model) {
        return show(SignedInUser.actor(request), name, model);
    }

    @PostMapping(USER + "/roles")
    String roles(@PathVariable String name, @RequestParam(name = "role", required = false) List<String> roles,
                 @RequestParam(defaultValue = "") String reason, HttpServletRequest request, HttpServletResponse response, Locale locale,
                 Model model, RedirectAttributes flash) {
        return change(new Asked(name, "roles", request, response, locale, model, flash),
                by -> users.roles(by, name, UsersPage.roles(roles == null ? List.of() : roles), reason));
    }

    @PostMapping(USER + "/scope")
    String scope(@PathVariable String name, @RequestParam(defaultValue = "") String entities, @RequestParam(defaultValue = "") String ledgers,
                 @RequestParam(defaultValue = "") String groups, HttpServletRequest request, HttpServletResponse response, Locale locale,
                 Model model, RedirectAttributes flash) {
        return change(new Asked(name, "scope", request, response, locale, model, flash),
                by -> users.scope(by, name, UsersPage.scope(entities, ledgers, groups)));
    }

    @PostMapping(USER + "/disable")
    String disable(@PathVariable String name, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
                   HttpServletResponse response, Locale locale, Model model, RedirectAttributes flash) {
        return change(new Asked(name, "disable", request, response, locale, model, flash), by -> users.disable(by, name, reason));
    }

    @PostMapping(USER + "/enable")
    String enable(@PathVariable String name, @RequestParam(defaultValue = "") String reason, HttpServletRequest request,
                  HttpServletResponse response, Locale locale, Model model, RedirectAttributes flash) {
        return change(new Asked(name, "enable", request, response, locale, model, flash), by -> users.enable(by, name, reason));
    }

    /** A new one-time code, shown once on the page that answers (never stored but as a hash). */
    @PostMapping(USER + "/code")
    String code(@PathVariable String name, HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        Actor by = SignedInUser.actor(request);
        try {
            OneTimeCode code = codes.reset(by, name);
            model.addAttribute("user", UserLine.of(users.view(by, name)));
            model.addAttribute("code", code);
            model.addAttribute("added", false);
            return "admin-code";
        } catch (EsgException e) {
            FieldProblems.show("code", e, locale, model, response);
            return show(by, name, model);
        }
    }

    /** What a form asked, and where its answer goes. */
    private record Asked(String name, String form, HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
                         RedirectAttributes flash) {
    }

    private String change(Asked asked, Consumer<Actor> action) {
        Actor by = SignedInUser.actor(asked.request());
        try {
            action.accept(by);
        } catch (EsgException e) {
            FieldProblems.show(asked.form(), e, asked.locale(), asked.model(), asked.response());
            return show(by, asked.name(), asked.model());
        }
        asked.flash().addFlashAttribute("done", labels.getMessage("web.admin.user.done." + asked.form(), null, asked.locale()));
        return "redirect:" + UsersPage.USERS + "/" + UriUtils.encodePathSegment(asked.name(), "UTF-8");
    }

    private String show(Actor by, String name, Model model) {
        model.addAttribute("user", UserLine.of(users.view(by, name)));
        model.addAttribute("mayManage", UsersPage.mayManage(by));
        model.addAttribute("allRoles", UserLine.allRoles());
        FieldProblems.none(model);
        return "admin-user";
    }
}
