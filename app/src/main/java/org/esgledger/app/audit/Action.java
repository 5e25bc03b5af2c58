package org.esgledger.app.audit;

import java.util.Locale;

/** What a recorded change did. Later issues add their own (submit, approve, lock, …); the trail records their code. */
public enum Action {
    SETUP, DEMO, LOAD, PUBLISH, IMPORT, SUPERSEDE, FACT_ENTER, FACT_EDIT, FACTS_FROM_LEDGER, COMPUTE, FREEZE,
    USER_ADD, USER_DISABLE, USER_SCOPE, SETTING, REFUSED,
    SUBMIT, APPROVE, REJECT, COMMENT, ATTACH, LOCK, RESTATE,
    /** The web application (issue 14): a sign-in, a sign-out, a password set with a one-time code, a new code issued by an admin. */
    SIGN_IN, SIGN_OUT, PASSWORD_SET, PASSWORD_RESET,
    /** Reading data, lineage or evidence: never recorded when allowed, only as what a refusal ({@code refused}) attempted. */
    READ,
    /** Rendering a report in the web application: never recorded when allowed (it changes no data), only as what a refusal attempted. */
    REPORT,
    /** Administration in the web application (issue 14): a disabled user enabled again, a user's roles changed. */
    USER_ENABLE, USER_ROLES;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
