package org.esgledger.engine.ghg;

import org.esgledger.engine.i18n.Message;

/**
 * No factor of the library applies to an activity that is itself valid: no grid factor for its
 * year or an earlier one, an entity without a known province, a gas missing from the chosen GWP
 * set. The activity's emissions are <em>not available</em> with this reason (its energy may still
 * be), until a factor is added or pinned; they never become a zero and never block the rows.
 */
public final class NoApplicableFactor extends GhgException {

    public NoApplicableFactor(Message problem) {
        super(problem);
    }
}
