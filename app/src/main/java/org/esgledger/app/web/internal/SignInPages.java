package org.esgledger.app.web.internal;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.user.SignIns;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page (the form posts to Spring Security, {@link WebSecurity}) and the first sign-in:
 * name, one-time code and a new password twice; the password is set ({@link SignIns#setPassword})
 * and the user signed in with it, through the same check as the sign-in form.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SignInPages {

    private static final String PROBLEM = SignInPages.class.getName() + ".problem";
    private static final String NAME = SignInPages.class.getName() + ".name";

    private final SignIns signIns;
    private final AuthenticationManager signIn;

    SignInPages(SignIns signIns, AuthenticationManager signIn) {
        this.signIns = signIns;
        this.signIn = signIn;
    }

    /** Keeps why a sign-in failed and the name typed, for the page the browser is sent back to. */
    static void remember(HttpServletRequest request, AuthenticationException e) {
        Message problem = e instanceof SignInFailure f ? f.problem() : AppMessages.of("signIn.failed");
        HttpSession session = request.getSession();
        session.setAttribute(PROBLEM, problem);
        session.setAttribute(NAME, typed(request.getParameter("name")));
    }

    /** The password rules the first sign-in page states. */
    @ModelAttribute
    void passwordRules(Model model) {
        model.addAttribute("minLength", SignIns.PASSWORD_MIN);
        model.addAttribute("maxLength", SignIns.PASSWORD_MAX);
    }

    @GetMapping("/sign-in")
    String signInPage(HttpServletRequest request, Model model, Locale locale) {
        if (signedIn()) {
            return "redirect:/";
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PROBLEM) instanceof Message problem) {
            model.addAttribute("problem", Texts.of(problem, locale));
            model.addAttribute("name", session.getAttribute(NAME));
        }
        if (session != null) {
            session.removeAttribute(PROBLEM);
            session.removeAttribute(NAME);
        }
        return "sign-in";
    }

    @GetMapping("/first-sign-in")
    String firstSignInPage() {
        return signedIn() ? "redirect:/" : "first-sign-in";
    }

    @PostMapping("/first-sign-in")
    String firstSignIn(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String code,
                       @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String repeat,
                       HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        try {
            if (!password.equals(repeat)) {
                throw new EsgException(AppMessages.of("signIn.passwordsDiffer"));
            }
            signIns.setPassword(name, code, password, request.getRemoteAddr());
            UsernamePasswordAuthenticationToken asked = UsernamePasswordAuthenticationToken.unauthenticated(name.strip(), password);
            asked.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
            start(signIn.authenticate(asked), request, response);
            return "redirect:/";
        } catch (EsgException e) {
            return again(model, name, Texts.of(e.problem(), locale));
        } catch (SignInFailure e) {
            return again(model, name, Texts.of(e.problem(), locale));
        }
    }

    private static String again(Model model, String name, String problem) {
        model.addAttribute("problem", problem);
        model.addAttribute("name", typed(name));
        return "first-sign-in";
    }

    /** As the sign-in form does: a new session id (no fixation), a new CSRF token, the user in the session. */
    private static void start(Authentication user, HttpServletRequest request, HttpServletResponse response) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        new HttpSessionCsrfTokenRepository().saveToken(null, request, response);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }

    private static boolean signedIn() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null && a.isAuthenticated() && !(a instanceof AnonymousAuthenticationToken);
    }

    private static String typed(String name) {
        String n = name == null ? "" : name.strip();
        return n.length() > 64 ? n.substring(0, 64) : n;
    }
}
