package org.esgledger.app.organisation;

import org.esgledger.engine.organisation.ReportingEntity;

/** An entity as the organisation page lists it: in tree order, its depth (0 for the root) and its note. */
public record OrganisationRow(ReportingEntity entity, int depth, String note) {
}
