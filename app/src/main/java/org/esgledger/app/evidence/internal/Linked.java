package org.esgledger.app.evidence.internal;

import java.util.List;
import java.util.Optional;

import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.evidence.Reference;

/**
 * What a reference names, found in the store: the area the authorisation check asks about (a fact's entity, a batch's or
 * row's ledger kind), the entities the audit event touches, and a fact's fiscal year.
 */
public record Linked(Reference on, Area area, List<String> entities, Optional<Integer> fiscalYear) {

    public Subject subject() {
        return Subject.of(on.kind(), on.subjectId());
    }
}
