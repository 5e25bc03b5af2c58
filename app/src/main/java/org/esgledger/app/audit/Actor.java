package org.esgledger.app.audit;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who acts: a known, enabled user of the workspace (resolved by {@code Users.actor}), with their
 * roles and scope. Every service that changes data takes one, never a free-text name; its name is
 * what the data and the audit trail record as who.
 *
 * @param system true only for the demo's own load ({@link #demo()})
 */
public record Actor(String name, Set<Role> roles, Scope scope, boolean system) {

    /** Recorded as who loaded the demo. */
    public static final String DEMO = "esg demo";

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        scope = scope == null ? Scope.NONE : scope;
    }

    public static Actor user(String name, Set<Role> roles, Scope scope) {
        return new Actor(name, roles, scope, false);
    }

    /** The demo's own load ({@code esg demo}): allowed for the demo only. */
    public static Actor demo() {
        return new Actor(DEMO, EnumSet.of(Role.ADMIN, Role.MANAGER), Scope.NONE, true);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** For messages: {@code manager, contributor}. */
    public String roleList() {
        return roles.isEmpty() ? "-" : roles.stream().sorted().map(Role::code).collect(Collectors.joining(", "));
    }
}
