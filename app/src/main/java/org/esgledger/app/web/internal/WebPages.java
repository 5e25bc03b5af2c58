package org.esgledger.app.web.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.user.SignIns;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page has: the language switch and the signed-in user (interceptors, then the model
 * the shared layout reads: {@code lang}, {@code htmlLang}, {@code otherLang}, {@code here},
 * {@code signedIn}), and a refusal of a service shown as a page in the user's language.
 */
@ControllerAdvice
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebPages implements WebMvcConfigurer {

    private final LocaleResolver localeResolver;
    private final SignIns signIns;
    private final SessionEnds sessionEnds;

    WebPages(LocaleResolver localeResolver, SignIns signIns, SessionEnds sessionEnds) {
        this.localeResolver = localeResolver;
        this.signIns = signIns;
        this.sessionEnds = sessionEnds;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Languages.Switch(localeResolver));
        registry.addInterceptor(new SignedInUser(signIns, sessionEnds));
        registry.addInterceptor(new ErrorPageHeaders());
    }

    @ModelAttribute
    void page(Model model, HttpServletRequest request, Locale locale) {
        model.addAllAttributes(common(request, locale));
    }

    static Map<String, Object> common(HttpServletRequest request, Locale locale) {
        boolean zh = Languages.chinese(locale);
        Map<String, Object> model = new HashMap<>();
        model.put("lang", zh ? "zh" : "en");
        model.put("htmlLang", zh ? "zh-CN" : "en");
        model.put("otherLang", zh ? "en" : "zh");
        // the page itself (on an error page, the page asked for), to switch its language
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String original ? original : request.getRequestURI();
        String query = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null ? null : request.getQueryString();
        model.put("here", UriComponentsBuilder.fromPath(uri.substring(request.getContextPath().length())).query(query)
                .replaceQueryParam(Languages.PARAMETER).build().toUriString());
        SignedInUser.of(request).ifPresent(user -> model.put("signedIn", user));
        // the header's entries of the whole group (audit log, organisation, administration, assurance pack): for whoever reads the
        // whole workspace, an admin, a manager or an auditor (the pages' services check it again)
        model.put("readsWorkspace", SignedInUser.of(request)
                .map(user -> Authorisation.whyNot(user.actor(), Permission.READ, List.of(Area.WORKSPACE)).isEmpty()).orElse(false));
        return model;
    }

    /** A service refused (a rule, a role or a scope): the page says why, in the user's language; nothing changed. */
    @ExceptionHandler(EsgException.class)
    ModelAndView refused(EsgException e, HttpServletRequest request, Locale locale) {
        ModelAndView page = new ModelAndView("refused", common(request, locale));
        page.addObject("problem", Texts.of(e.problem(), locale));
        page.setStatus(e.problem().key().startsWith("auth.") ? HttpStatus.FORBIDDEN : HttpStatus.BAD_REQUEST);
        return page;
    }
}
