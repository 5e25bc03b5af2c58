package org.esgledger.app.web.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.user.UserView;

/** A user as the administration pages show them: roles in their order, each part of the scope sorted and joined. */
record UserLine(String name, String displayName, List<String> roles, String entities, String ledgers, String groups, boolean enabled,
                Instant createdAt) {

    static UserLine of(UserView u) {
        List<String> roles = Arrays.stream(Role.values()).filter(u.roles()::contains).map(Role::code).toList();
        Scope s = u.scope();
        return new UserLine(u.name(), u.displayName(), roles, joined(s.entities()), joined(s.ledgers()), joined(s.indicatorGroups()),
                u.enabled(), u.createdAt());
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Every role code, in the order of {@link Role}: the check boxes of a form. */
    static List<String> allRoles() {
        return Arrays.stream(Role.values()).map(Role::code).toList();
    }

    private static String joined(Set<String> codes) {
        return String.join(", ", new TreeSet<>(codes));
    }
}
