package org.esgledger.app.web.internal;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.user.SignIns;
import org.esgledger.app.user.SignedIn;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * At every request of a signed-in session, the user as the store has them now ({@link SignIns#current}):
 * their roles and scope for the services, their name for the header. A user disabled or removed
 * since they signed in loses the session at their next request (the refusal is recorded).
 */
final class SignedInUser implements HandlerInterceptor {

    private static final String ATTRIBUTE = SignedInUser.class.getName();

    private final SignIns signIns;
    private final SessionEnds sessionEnds;

    SignedInUser(SignIns signIns, SessionEnds sessionEnds) {
        this.signIns = signIns;
        this.sessionEnds = sessionEnds;
    }

    /** The user of this request, when signed in. */
    static Optional<SignedIn> of(HttpServletRequest request) {
        return Optional.ofNullable((SignedIn) request.getAttribute(ATTRIBUTE));
    }

    /** Who acts in this request: a page that needs a signed-in user is never reached without one (WebSecurity). */
    static Actor actor(HttpServletRequest request) {
        return of(request).map(SignedIn::actor).orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken || request.getAttribute(ATTRIBUTE) != null) {
            return true;
        }
        HttpSession session = request.getSession(false);
        try {
            request.setAttribute(ATTRIBUTE, signIns.current(a.getName()));
            if (session != null) {
                sessionEnds.seen(session, a.getName());
            }
            return true;
        } catch (EsgException e) {
            if (session != null) {
                sessionEnds.recorded(session);
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/sign-in?ended");
            return false;
        }
    }
}
