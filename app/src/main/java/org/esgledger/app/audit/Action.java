package org.esgledger.app.audit;

import java.util.Locale;

/** What a recorded change did. Later issues add their own (submit, approve, lock, …); the trail records their code. */
public enum Action {
    SETUP, DEMO, LOAD, PUBLISH, IMPORT, SUPERSEDE, FACT_ENTER, FACT_EDIT, FACTS_FROM_LEDGER, COMPUTE, FREEZE,
    USER_ADD, USER_DISABLE, USER_SCOPE, SETTING, REFUSED,
    SUBMIT, APPROVE, REJECT, COMMENT, ATTACH, LOCK, RESTATE;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
