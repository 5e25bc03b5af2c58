package org.esgledger.app.web.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may open which page, and the protections every response carries (docs/web.md, ASVS level 2
 * where it applies): sign-in by form against {@link SignInProvider}; every page but sign-in, the
 * style sheets, htmx and the error page needs a signed-in user; CSRF tokens on every form (Spring
 * Security's default, kept on); a Content-Security-Policy without inline script or style; no framing;
 * the session id changed at sign-in; sign-out by POST only; a request that asks for no page gets 401 rather than a redirect.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurity {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String SESSION_COOKIE = "esg-session";
    static final String HTMX_REQUEST = "HX-Request";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager signIn, SessionEnds sessionEnds) throws Exception {
        http.authenticationManager(signIn)
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/sign-in", "/first-sign-in", "/css/**", "/webjars/**", "/error", "/favicon.svg", "/favicon.ico").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("name").passwordParameter("password")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(WebSecurity::signInFailed))
                .logout(l -> l.logoutUrl("/sign-out").addLogoutHandler(sessionEnds)
                        .deleteCookies(SESSION_COOKIE).logoutSuccessUrl("/sign-in?signed-out"))
                .exceptionHandling(e -> e.authenticationEntryPoint(WebSecurity::notSignedIn))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .crossOriginOpenerPolicy(c -> c.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
        return http.build();
    }

    /**
     * A request that does not ask for a page (htmx's partial requests, a download asked for as JSON or CSV by a script):
     * 401 rather than a redirect to the sign-in page, and for htmx {@code HX-Redirect} to it, so the browser goes there.
     */
    static boolean notForAPage(HttpServletRequest request) {
        if (request.getHeader(HTMX_REQUEST) != null) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && !accept.isBlank() && !accept.contains("text/html") && !accept.contains("*/*")
                && !accept.contains("application/xhtml+xml");
    }

    /** Not signed in: a page goes to the sign-in page, anything else gets 401. */
    private static void notSignedIn(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        if (!notForAPage(request)) {
            response.sendRedirect(request.getContextPath() + "/sign-in");
            return;
        }
        if (request.getHeader(HTMX_REQUEST) != null) {
            response.setHeader("HX-Redirect", request.getContextPath() + "/sign-in");
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    /** Back to the sign-in page, which shows why (in the user's language) and keeps the name typed. */
    private static void signInFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        SignInPages.remember(request, e);
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    @Bean
    AuthenticationManager signIn(SignInProvider provider) {
        return new ProviderManager(provider);
    }

    /** Tells the application when a session ends, so that a timeout is recorded as a sign-out ({@link SessionEnds}). */
    @Bean
    HttpSessionEventPublisher sessionEvents() {
        return new HttpSessionEventPublisher();
    }
}
