package org.esgledger.engine.fact;

import org.esgledger.engine.catalogue.Codes;

/** Where a fact stands in review: draft → submitted → approved → locked. */
public enum FactStatus {
    DRAFT, SUBMITTED, APPROVED, LOCKED;

    public static FactStatus parse(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? DRAFT : Codes.parse(FactStatus.class, t);
    }
}
