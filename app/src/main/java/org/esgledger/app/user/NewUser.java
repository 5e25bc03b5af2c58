package org.esgledger.app.user;

import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.Role;

/**
 * A user to add.
 *
 * @param name    the login within ESG Ledger: lower case, {@code [a-z0-9._-]{2,40}}
 * @param osLogin the operating-system login that acts as this user when no {@code --by} is given
 */
public record NewUser(String name, String displayName, Set<Role> roles, Optional<String> osLogin) {

    public NewUser {
        displayName = displayName == null ? "" : displayName.strip();
        roles = Set.copyOf(roles);
        osLogin = osLogin == null ? Optional.empty() : osLogin.map(String::strip).filter(s -> !s.isEmpty());
    }
}
