package org.esgledger.app;

import java.util.Set;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;

/** Actors for tests that call the services directly (the command line resolves them through {@code Users.actor}). */
public final class TestActors {

    private TestActors() {
    }

    /** A manager: may change all the workspace's data. */
    public static Actor manager(String name) {
        return Actor.user(name, Set.of(Role.MANAGER), Scope.NONE);
    }
}
