package org.esgledger.engine.fact;

import org.esgledger.engine.catalogue.Codes;

/** Where a fact (or a ledger batch) stands in review: draft → submitted → approved or rejected (→ submitted again); approved → locked. */
public enum FactStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, LOCKED;

    public static FactStatus parse(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? DRAFT : Codes.parse(FactStatus.class, t);
    }
}
