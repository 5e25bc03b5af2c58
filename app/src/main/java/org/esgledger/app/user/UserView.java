package org.esgledger.app.user;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;

/** A user of the workspace as {@code esg user list} shows it. */
public record UserView(String name, String displayName, Set<Role> roles, Optional<String> osLogin, boolean enabled, Scope scope,
                       Instant createdAt) {
}
