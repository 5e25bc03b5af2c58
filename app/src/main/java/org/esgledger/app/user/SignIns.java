package org.esgledger.app.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.user.internal.CredentialStore;
import org.esgledger.app.user.internal.FailedSignIns;
import org.esgledger.app.user.internal.PasswordHashes;
import org.esgledger.app.user.internal.UserStore;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signing in to the web application (docs/web.md): a user's password, set at their first sign-in
 * with a one-time code ({@link SignInCodes}); failures throttled per name and per client
 * ({@link FailedSignIns}); every sign-in, password set, refusal and sign-out recorded through
 * {@link Changes}. A refusal tells the browser only what it may know (a wrong name and a wrong
 * password read alike); the audit trail records the real reason.
 */
@Service
public class SignIns {

    public static final int PASSWORD_MIN = 12;
    public static final int PASSWORD_MAX = 128;
    private static final DateTimeFormatter UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final UserStore users;
    private final CredentialStore credentials;
    private final PasswordHashes hashes;
    private final FailedSignIns failures;
    private final Changes changes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignIns(UserStore users, CredentialStore credentials, PasswordHashes hashes, FailedSignIns failures, Changes changes,
            PlatformTransactionManager transactions, Optional<Clock> clock) {
        this.users = users;
        this.credentials = credentials;
        this.hashes = hashes;
        this.failures = failures;
        this.changes = changes;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Signs a user in with their password from a client (its address); refused (recorded, thrown) otherwise. */
    public SignedIn signIn(String name, String password, String client) {
        String who = claimed(name);
        Instant now = clock.instant();
        refuseWhileLocked(who, client, now);
        Optional<UserView> user = users.find(who);
        Optional<String> hash = user.flatMap(u -> credentials.passwordHash(u.name()));
        String given = password == null || password.length() > 4 * PASSWORD_MAX ? "" : password;
        if (!hashes.matches(given, hash) || given.isEmpty()) {
            failures.failed(who, client, now);
            String why = user.isEmpty() ? "signIn.audit.unknownUser" : hash.isEmpty() ? "signIn.audit.noPassword" : "signIn.audit.wrongPassword";
            throw refused(who, AppMessages.of(why, client), AppMessages.of("signIn.failed"));
        }
        UserView u = user.get();
        if (!u.enabled()) {
            throw refused(who, AppMessages.of("signIn.audit.disabled", client), AppMessages.of("user.disabled", who));
        }
        failures.succeeded(who);
        SignedIn signedIn = new SignedIn(Actor.user(u.name(), u.roles(), u.scope()), u.displayName());
        transaction.executeWithoutResult(s -> changes.record(signedIn.actor(), Action.SIGN_IN, Subject.of("user", who),
                Map.of("client", client), ""));
        return signedIn;
    }

    /**
     * Sets a user's password with their one-time code, which is then used up; throttled like a
     * sign-in (a wrong code counts as a failure). The caller signs the user in with the new password.
     */
    public void setPassword(String name, String code, String password, String client) {
        String who = claimed(name);
        checkPassword(who, password);
        Instant now = clock.instant();
        refuseWhileLocked(who, client, now);
        Optional<UserView> user = users.find(who);
        Optional<CredentialStore.StoredCode> stored = user.flatMap(u -> credentials.code(u.name()))
                .filter(c -> now.isBefore(c.expiresAt()) && PasswordHashes.sameHash(c.sha256(), PasswordHashes.codeSha256(code)));
        if (stored.isEmpty()) {
            failures.failed(who, client, now);
            throw refused(Action.PASSWORD_SET, who, AppMessages.of("signIn.audit.wrongCode", client), AppMessages.of("signIn.codeInvalid", who));
        }
        UserView u = user.get();
        if (!u.enabled()) {
            throw refused(who, AppMessages.of("signIn.audit.disabled", client), AppMessages.of("user.disabled", who));
        }
        String hash = hashes.hash(password);
        Actor actor = Actor.user(u.name(), u.roles(), u.scope());
        Boolean set = transaction.execute(s -> {
            if (!credentials.setPassword(u.name(), stored.get().sha256(), hash, now)) {
                return false;
            }
            changes.record(actor, Action.PASSWORD_SET, Subject.of("user", who), Map.of("client", client), "");
            return true;
        });
        if (!Boolean.TRUE.equals(set)) {
            throw refused(Action.PASSWORD_SET, who, AppMessages.of("signIn.audit.wrongCode", client), AppMessages.of("signIn.codeInvalid", who));
        }
    }

    /** The rules a new password follows (ASVS 2.1): 12 to 128 characters, any of them, not the user name. */
    public static void checkPassword(String name, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < PASSWORD_MIN || length > PASSWORD_MAX) {
            throw new EsgException(AppMessages.of("signIn.passwordLength", PASSWORD_MIN, PASSWORD_MAX));
        }
        if (password.strip().equalsIgnoreCase(name)) {
            throw new EsgException(AppMessages.of("signIn.passwordIsName"));
        }
    }

    /**
     * The user a session acts for, read again at every request: unknown or disabled since they
     * signed in, refused (recorded, thrown).
     */
    public SignedIn current(String name) {
        Optional<UserView> user = users.find(name);
        if (user.isEmpty() || !user.get().enabled()) {
            Message why = user.isEmpty() ? AppMessages.of("user.unknown", name) : AppMessages.of("user.disabled", name);
            changes.refused(name, Action.REFUSED, Subject.of("user", name), why);
            throw new EsgException(why);
        }
        UserView u = user.get();
        return new SignedIn(Actor.user(u.name(), u.roles(), u.scope()), u.displayName());
    }

    /** Records that a session ended: signed out, or expired ({@code how}: {@code sign-out}, {@code timeout}). */
    public void signOut(String name, String client, String how) {
        Actor actor = users.find(name).map(u -> Actor.user(u.name(), u.roles(), u.scope())).orElse(Actor.user(name, Set.of(), null));
        transaction.executeWithoutResult(s -> changes.record(actor, Action.SIGN_OUT, Subject.of("user", name),
                Map.of("client", client, "how", how), ""));
    }

    private void refuseWhileLocked(String who, String client, Instant now) {
        Optional<Instant> clientLocked = failures.clientLockedUntil(client, now);
        if (clientLocked.isPresent()) {
            String until = UNTIL.format(clientLocked.get());
            throw refused(who, AppMessages.of("signIn.audit.clientLocked", client, until), AppMessages.of("signIn.clientLocked", until));
        }
        Optional<Instant> userLocked = failures.userLockedUntil(who, now);
        if (userLocked.isPresent()) {
            String until = UNTIL.format(userLocked.get());
            throw refused(who, AppMessages.of("signIn.audit.locked", client, until), AppMessages.of("signIn.locked", who, until));
        }
    }

    private EsgException refused(String who, Message recorded, Message shown) {
        return refused(Action.SIGN_IN, who, recorded, shown);
    }

    private EsgException refused(Action attempted, String who, Message recorded, Message shown) {
        changes.refused(who, attempted, Subject.of("user", who), recorded);
        return new EsgException(shown);
    }

    /** The name as the user typed it, the way it is stored and recorded: trimmed, lower case, at most 64 characters. */
    private static String claimed(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        n = n.length() > 64 ? n.substring(0, 64) : n;
        return n.isEmpty() ? "-" : n;
    }
}
