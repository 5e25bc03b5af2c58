package org.esgledger.app.web.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.esgledger.app.user.SignIns;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Every end of a signed-in session is recorded once as a {@code sign_out} ({@link SignIns#signOut}),
 * with how it ended: the user signed out ({@code sign-out}); the session ended without them, after
 * {@code server.servlet.session.timeout} without a request ({@code timeout}); the server stopped
 * ({@code server-stopped}: recorded when the application closes, while the store is still there, as
 * the web server ends its sessions only after). A session whose user was disabled ends with that
 * refusal on the record instead ({@link SignedInUser}). The signed-in sessions are those
 * {@link SignedInUser} saw, by id.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SessionEnds implements LogoutHandler {

    private final SignIns signIns;
    /** Session id → user name, for every signed-in session whose end is not recorded yet. */
    private final Map<String, String> open = new ConcurrentHashMap<>();

    SessionEnds(SignIns signIns) {
        this.signIns = signIns;
    }

    /** A request of a signed-in session. */
    void seen(HttpSession session, String user) {
        open.putIfAbsent(session.getId(), user);
    }

    /** A session whose end is on the record already (its user was disabled). */
    void recorded(HttpSession session) {
        open.remove(session.getId());
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            open.remove(session.getId());
        }
        if (authentication != null) {
            signIns.signOut(authentication.getName(), request.getRemoteAddr(), "sign-out");
        }
    }

    @EventListener
    void ended(HttpSessionDestroyedEvent event) {
        String user = open.remove(event.getId());
        if (user != null) {
            signIns.signOut(user, "-", "timeout");
        }
    }

    @EventListener
    void stopped(ContextClosedEvent event) {
        for (String id : open.keySet()) {
            String user = open.remove(id);
            if (user != null) {
                signIns.signOut(user, "-", "server-stopped");
            }
        }
    }
}
