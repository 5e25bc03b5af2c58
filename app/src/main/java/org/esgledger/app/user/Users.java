package org.esgledger.app.user;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.audit.Area;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.user.internal.UserStore;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The workspace's users and who acts: every command that changes data names a known, enabled user
 * ({@code --by NAME}, or the operating-system login mapped to one). A workspace with no user yet
 * accepts only its first user, an admin ({@link #addFirst}); the demo adds its own illustrative users.
 */
@Service
public class Users {

    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]{2,40}");

    private final UserStore store;
    private final Changes changes;
    private final Authorisation authorisation;
    private final WorkspaceStore workspaceStore;
    private final Clock clock;

    Users(UserStore store, Changes changes, Authorisation authorisation, WorkspaceStore workspaceStore, Optional<Clock> clock) {
        this.store = store;
        this.workspaceStore = workspaceStore;
        this.changes = changes;
        this.authorisation = authorisation;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The operating-system login of whoever runs this process. */
    public static String osLogin() {
        return System.getProperty("user.name", "");
    }

    /**
     * Who acts: the user named by {@code by}, else the user the OS login is mapped to. Unknown,
     * disabled, unmapped, or no user at all in the workspace: refused (recorded) with a zh+en message.
     */
    @Transactional(readOnly = true)
    public Actor actor(Optional<String> by) {
        Optional<String> named = by.map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty());
        String claimed = named.orElse("os:" + osLogin());
        if (store.count() == 0) {
            // a workspace never set up has no user either: say first what it needs first (esg init or esg demo)
            workspaceStore.requireSetUp();
            throw refused(claimed, AppMessages.of("user.noneYet", osLogin()));
        }
        Optional<UserView> user = named.isPresent() ? store.find(named.get()) : store.byLogin(osLogin());
        if (user.isEmpty()) {
            throw refused(claimed, named.isPresent() ? AppMessages.of("user.unknown", named.get())
                    : AppMessages.of("user.loginNotMapped", osLogin()));
        }
        if (!user.get().enabled()) {
            throw refused(user.get().name(), AppMessages.of("user.disabled", user.get().name()));
        }
        return Actor.user(user.get().name(), user.get().roles(), user.get().scope());
    }

    private EsgException refused(String who, Message why) {
        changes.refused(who, Action.REFUSED, Subject.of("user", who), why);
        return new EsgException(why);
    }

    /** Whether the workspace has any user yet. */
    @Transactional(readOnly = true)
    public boolean any() {
        return store.count() > 0;
    }

    /** The first user of a workspace that has none: an admin, added without anyone to vouch for them. */
    @Transactional
    public UserView addFirst(NewUser user) {
        store.lock();
        if (store.count() > 0) {
            throw new EsgException(AppMessages.of("user.notFirst", user.name()));
        }
        if (!user.roles().contains(Role.ADMIN)) {
            throw new EsgException(AppMessages.of("user.firstIsAdmin", user.name()));
        }
        Actor self = Actor.user(user.name(), user.roles(), Scope.NONE);
        return insert(self, user, "first user of the workspace");
    }

    /** Adds a user; only an admin may (or the demo, for its own users). */
    @Transactional
    public UserView add(Actor actor, NewUser user) {
        authorisation.require(actor, Permission.MANAGE_USERS, Action.USER_ADD, Area.WORKSPACE);
        return insert(actor, user, "");
    }

    private UserView insert(Actor actor, NewUser user, String reason) {
        check(user);
        store.insert(user, clock.instant());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("display_name", user.displayName());
        after.put("roles", codes(user.roles()));
        after.put("os_login", user.osLogin().orElse(""));
        changes.record(actor, Action.USER_ADD, Subject.of("user", user.name()), List.of(), Map.of(), after, reason);
        return store.find(user.name()).orElseThrow();
    }

    private void check(NewUser user) {
        if (!NAME.matcher(user.name()).matches()) {
            throw new EsgException(AppMessages.of("user.badName", user.name()));
        }
        if (user.roles().isEmpty()) {
            throw new EsgException(AppMessages.of("user.noRole", user.name()));
        }
        if (store.find(user.name()).isPresent()) {
            throw new EsgException(AppMessages.of("user.exists", user.name()));
        }
        user.osLogin().flatMap(store::byLogin).ifPresent(other -> {
            throw new EsgException(AppMessages.of("user.loginTaken", user.osLogin().get(), other.name()));
        });
    }

    /** Disables a user (kept, with their history; they can no longer act). A reason is required. */
    @Transactional
    public void disable(Actor actor, String name, String reason) {
        authorisation.require(actor, Permission.MANAGE_USERS, Action.USER_DISABLE, Area.WORKSPACE);
        if (reason == null || reason.isBlank()) {
            throw new EsgException(AppMessages.of("user.reasonRequired"));
        }
        UserView user = existing(name);
        requireAnotherAdmin(actor, user);
        store.disable(user.name());
        changes.record(actor, Action.USER_DISABLE, Subject.of("user", user.name()), List.of(), Map.of("enabled", user.enabled()),
                Map.of("enabled", false), reason.strip());
    }

    /** Enables a disabled user again: they act again with the roles and scope they had. A reason is required. */
    @Transactional
    public void enable(Actor actor, String name, String reason) {
        authorisation.require(actor, Permission.MANAGE_USERS, Action.USER_ENABLE, Area.WORKSPACE);
        if (reason == null || reason.isBlank()) {
            throw new EsgException(AppMessages.of("user.enableReason"));
        }
        UserView user = existing(name);
        store.enable(user.name());
        changes.record(actor, Action.USER_ENABLE, Subject.of("user", user.name()), List.of(), Map.of("enabled", user.enabled()),
                Map.of("enabled", true), reason.strip());
    }

    /** Replaces a user's roles (at least one). A reason is required; the last enabled admin keeps the admin role. */
    @Transactional
    public UserView roles(Actor actor, String name, Set<Role> roles, String reason) {
        authorisation.require(actor, Permission.MANAGE_USERS, Action.USER_ROLES, Area.WORKSPACE);
        UserView user = existing(name);
        if (roles.isEmpty()) {
            throw new EsgException(AppMessages.of("user.noRole", user.name()));
        }
        if (reason == null || reason.isBlank()) {
            throw new EsgException(AppMessages.of("user.rolesReason"));
        }
        if (!roles.contains(Role.ADMIN)) {
            requireAnotherAdmin(actor, user);
        }
        store.roles(user.name(), roles);
        changes.record(actor, Action.USER_ROLES, Subject.of("user", user.name()), List.of(), Map.of("roles", codes(user.roles())),
                Map.of("roles", codes(roles)), reason.strip());
        return store.find(user.name()).orElseThrow();
    }

    /** Refuses to leave the workspace without an enabled admin (nobody could then manage its users). */
    private void requireAnotherAdmin(Actor actor, UserView user) {
        boolean another = store.list().stream().anyMatch(u -> u.enabled() && u.roles().contains(Role.ADMIN) && !u.name().equals(user.name()));
        if (!actor.system() && user.enabled() && user.roles().contains(Role.ADMIN) && !another) {
            throw new EsgException(AppMessages.of("user.lastAdmin", user.name()));
        }
    }

    private static String codes(Set<Role> roles) {
        return String.join(",", roles.stream().sorted().map(Role::code).toList());
    }

    /** Sets the entities, ledger kinds and indicator groups a contributor or reviewer acts on. */
    @Transactional
    public UserView scope(Actor actor, String name, Scope scope) {
        authorisation.require(actor, Permission.MANAGE_USERS, Action.USER_SCOPE, Area.WORKSPACE);
        UserView user = existing(name);
        store.scope(user.name(), scope);
        changes.record(actor, Action.USER_SCOPE, Subject.of("user", user.name()), List.copyOf(scope.entities()),
                Map.of("scope", user.scope().describe()), Map.of("scope", scope.describe()), "");
        return store.find(user.name()).orElseThrow();
    }

    private UserView existing(String name) {
        return store.find(name.strip().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new EsgException(AppMessages.of("user.unknown", name)));
    }

    @Transactional(readOnly = true)
    public List<UserView> list() {
        return store.list();
    }

    /** The users, for a reader who may read the whole workspace (an admin, a manager, an auditor); else refused, recorded. */
    @Transactional(readOnly = true)
    public List<UserView> list(Actor reader) {
        authorisation.require(reader, Permission.READ, Action.READ, Area.WORKSPACE);
        return store.list();
    }

    /** One user, for a reader who may read the whole workspace; else refused, recorded. */
    @Transactional(readOnly = true)
    public UserView view(Actor reader, String name) {
        authorisation.require(reader, Permission.READ, Action.READ, Area.WORKSPACE);
        return existing(name);
    }
}
