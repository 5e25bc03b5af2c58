package org.esgledger.app.ledger;

import org.esgledger.engine.i18n.Bilingual;

/** A row that was not accepted: where it is and why, in zh and en. */
public record Rejection(int row, String column, Bilingual reason, String raw) {
}
