package org.esgledger.engine.ledger;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/** A cell whose text is not a value of the column's type. */
public final class CellValueException extends EsgException {

    CellValueException(String key, Object... args) {
        super(Message.of(key, args));
    }
}
