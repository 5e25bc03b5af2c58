package org.esgledger.app.audit;

import java.util.Locale;

/** What an actor asks to do; {@link Authorisation} says who may. */
public enum Permission {
    /** Add, disable and scope users. */
    MANAGE_USERS,
    /** Set the workspace up: units, frameworks, catalogue, settings. */
    CHANGE_SETTINGS,
    /** Load the catalogue's definitions: breakdown dimensions, indicators, formulas, consistency rules (an admin or a manager). */
    CHANGE_CATALOGUE,
    /** Load the organisation: the reporting entities (an admin or a manager). */
    CHANGE_ORGANISATION,
    /** Load the company's targets, which the report prints (a manager). */
    SET_TARGETS,
    /** Load or enter facts (target: an entity). */
    ENTER_FACTS,
    /** Import or supersede a ledger batch (target: a ledger kind). */
    IMPORT_LEDGER,
    /** Compute a year, freeze it, recompute a frozen one. */
    COMPUTE,
    /** Lock a fiscal year after publication (a manager or an admin). */
    LOCK_PERIOD,
    /** Submit, approve or reject (target: an entity or a ledger kind). */
    REVIEW,
    /** Read data, lineage and evidence (target: an entity or a ledger kind): an admin, a manager or an auditor anywhere, a contributor or a reviewer within their scope. */
    READ,
    /** Attach evidence or comment (target: a fact's entity, a batch's or row's ledger kind): not an auditor. */
    ANNOTATE;

    /** The i18n key naming it, {@code permission.import_ledger}. */
    public String key() {
        return "permission." + name().toLowerCase(Locale.ROOT);
    }
}
