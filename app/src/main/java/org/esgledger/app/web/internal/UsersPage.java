package org.esgledger.app.web.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.user.Enrolment;
import org.esgledger.app.user.NewUser;
import org.esgledger.app.user.SignInCodes;
import org.esgledger.app.user.Users;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The workspace's users (docs/web.md, Administration): the list, read by whoever reads the whole workspace (an admin, a
 * manager, an auditor: {@link Users#list(Actor)}), and adding a user with their scope, as {@code esg user add} and
 * {@code esg user scope} do ({@link SignInCodes#enrol(Actor, NewUser, Scope)}, an admin's, checked and recorded there). The
 * one-time sign-in code is shown once, on the page that answers the form; it is stored only as a hash.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UsersPage {

    static final String USERS = "/admin/users";

    private final Users users;
    private final SignInCodes codes;

    UsersPage(Users users, SignInCodes codes) {
        this.users = users;
        this.codes = codes;
    }

    @GetMapping(USERS)
    String list(HttpServletRequest request, Model model) {
        return list(SignedInUser.actor(request), model);
    }

    @PostMapping(USERS)
    String add(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String display,
               @RequestParam(name = "role", required = false) List<String> roles, @RequestParam(defaultValue = "") String entities,
               @RequestParam(defaultValue = "") String ledgers, @RequestParam(defaultValue = "") String groups,
               HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
        Actor by = SignedInUser.actor(request);
        List<String> asked = roles == null ? List.of() : roles;
        try {
            Enrolment added = codes.enrol(by, new NewUser(name.strip().toLowerCase(Locale.ROOT), display, roles(asked), Optional.empty()),
                    scope(entities, ledgers, groups));
            model.addAttribute("user", UserLine.of(added.user()));
            model.addAttribute("code", added.code());
            model.addAttribute("added", true);
            return "admin-code";
        } catch (EsgException e) {
            FieldProblems.show("add", e, locale, model, response);
            model.addAttribute("form", new UserLine(name, display, asked, entities, ledgers, groups, true, null));
            return list(by, model);
        }
    }

    private String list(Actor by, Model model) {
        model.addAttribute("users", users.list(by).stream().map(UserLine::of).toList());
        model.addAttribute("mayManage", mayManage(by));
        model.addAttribute("allRoles", UserLine.allRoles());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new UserLine("", "", List.of(), "", "", "", true, null));
        }
        FieldProblems.none(model);
        return "admin-users";
    }

    static boolean mayManage(Actor by) {
        return Authorisation.whyNot(by, Permission.MANAGE_USERS, List.of(Area.WORKSPACE)).isEmpty();
    }

    /** The roles ticked, as {@code esg user add --role} reads them. */
    static Set<Role> roles(List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String c : codes) {
            roles.add(Role.parse(c).orElseThrow(() -> new EsgException(AppMessages.of("user.badRole", c))));
        }
        return roles;
    }

    /** Entities, ledger kinds and indicator groups as typed: codes separated by commas or spaces. */
    static Scope scope(String entities, String ledgers, String groups) {
        return new Scope(codes(entities), codes(ledgers), codes(groups));
    }

    private static Set<String> codes(String typed) {
        Set<String> codes = new TreeSet<>();
        for (String c : typed.split("[,，\\s]+")) {
            if (!c.isBlank()) {
                codes.add(c.strip());
            }
        }
        return codes;
    }
}
