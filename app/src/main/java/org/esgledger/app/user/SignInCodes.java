package org.esgledger.app.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.user.internal.CredentialStore;
import org.esgledger.app.user.internal.PasswordHashes;
import org.esgledger.app.user.internal.UserStore;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-time codes with which users set their password at their first sign-in to the web
 * application (docs/web.md): one for every user added ({@link #enrol}, {@link #enrolFirst}), a new
 * one when an admin resets a user ({@link #reset}). A code is valid for {@link #VALID} and once.
 */
@Service
public class SignInCodes {

    public static final Duration VALID = Duration.ofHours(72);

    private final Users users;
    private final UserStore userStore;
    private final CredentialStore credentials;
    private final PasswordHashes hashes;
    private final Authorisation authorisation;
    private final Changes changes;
    private final Clock clock;

    SignInCodes(Users users, UserStore userStore, CredentialStore credentials, PasswordHashes hashes, Authorisation authorisation,
                Changes changes, Optional<Clock> clock) {
        this.users = users;
        this.userStore = userStore;
        this.credentials = credentials;
        this.hashes = hashes;
        this.authorisation = authorisation;
        this.changes = changes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Adds a user ({@link Users#add}) and issues their first code, in one transaction. */
    @Transactional
    public Enrolment enrol(Actor actor, NewUser user) {
        UserView added = users.add(actor, user);
        return new Enrolment(added, issue(added.name()));
    }

    /** Adds a user with a scope ({@link Users#add}, {@link Users#scope}) and issues their first code, in one transaction. */
    @Transactional
    public Enrolment enrol(Actor actor, NewUser user, Scope scope) {
        UserView added = users.add(actor, user);
        if (!scope.equals(Scope.NONE)) {
            added = users.scope(actor, added.name(), scope);
        }
        return new Enrolment(added, issue(added.name()));
    }

    /** Adds the first user of a workspace ({@link Users#addFirst}) and issues their first code, in one transaction. */
    @Transactional
    public Enrolment enrolFirst(NewUser user) {
        UserView added = users.addFirst(user);
        return new Enrolment(added, issue(added.name()));
    }

    /**
     * An admin issues a new code for a user who forgot their password or never used their first
     * code: the user's password, if any, stops working at once. Recorded as {@code password_reset}.
     */
    @Transactional
    public OneTimeCode reset(Actor actor, String name) {
        authorisation.require(actor, Permission.MANAGE_USERS, Action.PASSWORD_RESET, Area.WORKSPACE);
        UserView user = userStore.find(name.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new EsgException(AppMessages.of("user.unknown", name)));
        if (!user.enabled()) {
            throw new EsgException(AppMessages.of("user.disabled", user.name()));
        }
        OneTimeCode code = issue(user.name());
        changes.record(actor, Action.PASSWORD_RESET, Subject.of("user", user.name()), List.of(), Map.of(),
                Map.of("code_expires_at", code.expiresAt().toString()), "");
        return code;
    }

    private OneTimeCode issue(String name) {
        String code = hashes.newCode();
        Instant expires = clock.instant().plus(VALID).truncatedTo(ChronoUnit.SECONDS);
        credentials.issueCode(name, PasswordHashes.codeSha256(code), expires);
        return new OneTimeCode(code, expires);
    }
}
