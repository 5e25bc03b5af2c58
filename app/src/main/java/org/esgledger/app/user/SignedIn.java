package org.esgledger.app.user;

import org.esgledger.app.audit.Actor;

/** The user a web session acts for: who (with roles and scope, as the services check them) and the name to show. */
public record SignedIn(Actor actor, String displayName) {

    /** The display name, or the login when there is none. */
    public String shownName() {
        return displayName.isBlank() ? actor.name() : displayName;
    }
}
