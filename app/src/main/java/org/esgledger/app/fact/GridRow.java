package org.esgledger.app.fact;

import java.util.Optional;

import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.i18n.Bilingual;

/**
 * One row of the fact grid of an entity and a year: an indicator with one breakdown and nature, the value of the year (if any)
 * and the prior year's beside it.
 *
 * @param key      the fact the row is for (stored or not yet)
 * @param unit     the indicator's unit, in which a new value is entered unless another of its group is given
 * @param editable whether a value may be entered here: not computed from ledger rows, not submitted, not locked
 */
public record GridRow(FactKey key, Bilingual name, String unit, Optional<GridCell> current, Optional<GridCell> prior, boolean editable) {

    /** The fact id of the row, stored or not (ids derive from the key): the row's anchor and the selection's value. */
    public String id() {
        return key.id();
    }

    public String breakdown() {
        return key.breakdown().code();
    }
}
