package org.esgledger.app.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.esgledger.app.user.SignIns;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Every end of a signed-in session is recorded as a {@code sign_out} ({@link SignIns#signOut}): the
 * user signed out ({@code sign-out}), or the session ended without them, after
 * {@code server.servlet.session.timeout} of inactivity ({@code timeout}) or when the server stopped
 * ({@code server-stopped}). A session that ends because its user was disabled is recorded as that
 * refusal instead ({@link SignedInUser}).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionEnds implements LogoutHandler {

    private static final String RECORDED = SessionEnds.class.getName() + ".recorded";

    private final SignIns signIns;

    SessionEnds(SignIns signIns) {
        this.signIns = signIns;
    }

    /** Marks a session whose end is recorded already, before it is invalidated. */
    static void recorded(HttpSession session) {
        session.setAttribute(RECORDED, Boolean.TRUE);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            signIns.signOut(authentication.getName(), request.getRemoteAddr(), "sign-out");
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            recorded(session);
        }
    }

    @EventListener
    void ended(HttpSessionDestroyedEvent event) {
        HttpSession session = event.getSession();
        if (session.getAttribute(RECORDED) != null) {
            return;
        }
        long idle = System.currentTimeMillis() - session.getLastAccessedTime();
        String how = session.getMaxInactiveInterval() > 0 && idle >= session.getMaxInactiveInterval() * 1000L ? "timeout" : "server-stopped";
        for (SecurityContext context : event.getSecurityContexts()) {
            Authentication user = context.getAuthentication();
            if (user != null && user.isAuthenticated()) {
                signIns.signOut(user.getName(), "-", how);
            }
        }
    }
}
