package org.esgledger.app.web.internal;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.app.i18n.AppMessages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Chinese or English: the language a user chose with the switch in the header ({@code ?lang=zh|en},
 * kept in a cookie), else the first of the two their browser asks for (Accept-Language), else
 * Chinese when it asks for none and English when it asks only for others. Labels come from the web
 * bundle ({@code org/esgledger/app/web/labels*.properties}); messages from the modules' bundle, as
 * the command line shows them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class Languages {

    static final String PARAMETER = "lang";
    static final String COOKIE = "esg-lang";
    private static final List<Locale> OFFERED = List.of(Locale.CHINESE, Locale.ENGLISH);

    static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    /** {@code zh} or {@code en}. */
    static String code(Locale locale) {
        return chinese(locale) ? "zh" : "en";
    }

    /** The language the browser asks for first among Chinese and English (Accept-Language). */
    static Locale preferred(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Locale.CHINESE;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), OFFERED);
            return best == null ? Locale.ENGLISH : best;
        } catch (IllegalArgumentException e) {
            return Locale.CHINESE;
        }
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE) {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return chinese(super.resolveLocale(request)) ? Locale.CHINESE : Locale.ENGLISH;
            }
        };
        resolver.setDefaultLocaleFunction(Languages::preferred);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Strict");
        return resolver;
    }

    @Bean
    MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("org/esgledger/app/web/labels", AppMessages.BUNDLE.replace('.', '/'));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        // the bundles are MessageFormat patterns throughout (apostrophes doubled), with arguments or not
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** {@code ?lang=zh} or {@code ?lang=en} on any page switches the language; anything else is ignored. */
    static final class Switch implements HandlerInterceptor {

        private final LocaleResolver resolver;

        Switch(LocaleResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String asked = request.getParameter(PARAMETER);
            if ("zh".equals(asked) || "en".equals(asked)) {
                resolver.setLocale(request, response, "zh".equals(asked) ? Locale.CHINESE : Locale.ENGLISH);
            }
            return true;
        }
    }
}
