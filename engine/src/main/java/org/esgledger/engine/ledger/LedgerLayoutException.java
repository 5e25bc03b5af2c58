package org.esgledger.engine.ledger;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/** A sheet whose layout cannot be read as the ledger kind: no header found, a column named twice. */
public final class LedgerLayoutException extends EsgException {

    LedgerLayoutException(String key, Object... args) {
        super(Message.of(key, args));
    }
}
