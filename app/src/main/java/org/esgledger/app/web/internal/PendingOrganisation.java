package org.esgledger.app.web.internal;

import java.io.Serializable;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/**
 * An organisation file checked by a dry run, kept in the session of the user who uploaded it until they confirm it (the file is
 * small: at most {@value OrganisationPage#MAX_BYTES} bytes). Confirm loads only these bytes, and only when the SHA-256 the dry
 * run showed is theirs.
 */
record PendingOrganisation(String user, String name, byte[] bytes, String sha256) implements Serializable {

    private static final String ATTRIBUTE = PendingOrganisation.class.getName();

    void keep(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The file this user's session keeps with this SHA-256, if any. */
    static Optional<PendingOrganisation> of(HttpSession session, String user, String sha256) {
        Object kept = session.getAttribute(ATTRIBUTE);
        return kept instanceof PendingOrganisation p && p.user().equals(user) && p.sha256().equals(sha256) ? Optional.of(p) : Optional.empty();
    }

    static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
