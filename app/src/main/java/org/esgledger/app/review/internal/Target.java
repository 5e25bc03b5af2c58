package org.esgledger.app.review.internal;

import org.esgledger.engine.fact.FactStatus;

/**
 * A fact or a ledger batch as review sees it.
 *
 * @param area             the entity code of a fact, the ledger kind of a batch (for the authorisation check)
 * @param enteredBy        who entered or imported it (fact {@code entered_by}, batch {@code loaded_by})
 * @param unapprovedInputs for a computed fact, the ledger batches it counts that are not approved; else 0
 */
public record Target(Kind kind, String id, FactStatus status, String area, String enteredBy, int unapprovedInputs) {

    public enum Kind { FACT, BATCH }

    public String subjectKind() {
        return kind == Kind.FACT ? "fact" : "batch";
    }
}
