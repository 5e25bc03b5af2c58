package org.esgledger.app.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.user.Enrolment;
import org.esgledger.app.user.NewUser;
import org.esgledger.app.user.SignInCodes;
import org.esgledger.app.user.SignIns;
import org.esgledger.app.user.Users;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Users of a web test's workspace, signed in through the real sign-in form, and what the audit trail says about them. One bean of
 * the {@link org.esgledger.app.WebTest} context ({@code @Autowired WebAccounts accounts}): a class that acts as the admin says
 * who that is first ({@link #admin(Actor)} or {@link #firstAdmin(String)}, in its {@code @BeforeAll}), as it sets its workspace up.
 */
@TestComponent
public final class WebAccounts {

    static final String PASSWORD = "correct horse battery staple";

    private final SignInCodes codes;
    private final SignIns signIns;
    private final Users users;
    private final Changes changes;
    private final MockMvc mvc;
    private Actor admin;

    WebAccounts(SignInCodes codes, SignIns signIns, Users users, Changes changes, MockMvc mvc) {
        this.codes = codes;
        this.signIns = signIns;
        this.users = users;
        this.changes = changes;
        this.mvc = mvc;
    }

    /** The workspace's first user, an admin; call once the workspace has no users. */
    void firstAdmin(String name) {
        Enrolment e = codes.enrolFirst(new NewUser(name, "", Set.of(Role.ADMIN, Role.MANAGER), Optional.empty()));
        admin = Actor.user(e.user().name(), e.user().roles(), Scope.NONE);
    }

    /** An admin the workspace has already (the demo's manager): the one who enrols the test's users. */
    void admin(Actor existing) {
        admin = existing;
    }

    Actor admin() {
        return admin;
    }

    /** A new user with their one-time code, not yet signed in. */
    Enrolment enrol(String name, String display, Role role) {
        return codes.enrol(admin, new NewUser(name, display, Set.of(role), Optional.empty()));
    }

    /** A new user who has set {@link #PASSWORD}. */
    String withPassword(String name, Role role) {
        Enrolment e = enrol(name, "", role);
        signIns.setPassword(name, e.code().code(), PASSWORD, "test");
        return name;
    }

    /** Signs in through the form from a client address; the session it leaves. */
    MvcResult signIn(String name, String password, String client) throws Exception {
        return mvc.perform(post("/sign-in").param("name", name).param("password", password).with(csrf()).with(from(client))).andReturn();
    }

    MockHttpSession session(String name, String client) throws Exception {
        return (MockHttpSession) signIn(name, PASSWORD, client).getRequest().getSession();
    }

    static RequestPostProcessor from(String client) {
        return request -> {
            request.setRemoteAddr(client);
            return request;
        };
    }

    /** The audit events recorded with this actor since an instant, oldest first (the trail keeps earlier runs' events). */
    List<AuditEvent> events(String actor, Instant since) {
        return changes.events(new AuditQuery(Optional.of(since), Optional.empty(), Optional.of(actor)));
    }

    Users users() {
        return users;
    }
}
