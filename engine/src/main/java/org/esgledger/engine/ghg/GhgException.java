package org.esgledger.engine.ghg;

import java.util.Map;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRowException;

/** An activity that cannot be turned into emissions: no applicable factor, no province, a unit the factor cannot take. */
public class GhgException extends EsgException {

    /** The ledger column each inventory problem is about. */
    private static final Map<String, String> COLUMN = Map.of(
            "ghg.needsMass", "quantity",
            "ghg.unitMismatch", "quantity",
            "ghg.noGwp", "activity",
            "ghg.noSuchFactor", "factor",
            "ghg.factorUnit", "factor_unit",
            "ghg.badPin", "factor");

    public GhgException(Message problem) {
        super(problem);
    }

    /**
     * The problem as a ledger row's: in the column it is about (the quantity for a unit that cannot
     * be converted, …), else in {@code otherwise} (the column that chose the factor).
     */
    public LedgerRowException onRow(LedgerRow<?> row, String otherwise) {
        return new LedgerRowException(row, COLUMN.getOrDefault(problem().key(), otherwise), problem());
    }
}
