package org.esgledger.engine.ledger;

import org.esgledger.engine.i18n.Message;

/** Why one cell (or, with an empty column, one row) of a ledger was not accepted. */
public record CellProblem(String column, Message reason) {

    public static CellProblem of(String column, String key, Object... args) {
        return new CellProblem(column, Message.of(key, args));
    }
}
