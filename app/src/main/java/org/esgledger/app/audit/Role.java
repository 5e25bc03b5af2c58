package org.esgledger.app.audit;

import java.util.Locale;
import java.util.Optional;

/** What a user of a workspace is there to do (docs/audit.md). */
public enum Role {
    /** Manages users and the workspace's settings. */
    ADMIN,
    /** The ESG manager: may change all the workspace's data. */
    MANAGER,
    /** Enters, loads and imports data within their scope (entities, ledger kinds). */
    CONTRIBUTOR,
    /** Reviews data within their scope. */
    REVIEWER,
    /** Reads everything, changes nothing. */
    AUDITOR;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String code) {
        for (Role r : values()) {
            if (r.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
