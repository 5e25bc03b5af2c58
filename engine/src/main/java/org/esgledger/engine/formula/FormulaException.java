package org.esgledger.engine.formula;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/**
 * A formula that cannot be saved: syntax, unknown indicator, cycle, unit mismatch. Carries the
 * indicator it defines and the position in the formula text (0-based, -1 when the whole formula
 * is meant, as for a cycle).
 */
public class FormulaException extends EsgException {

    private final String indicator;
    private final int position;

    public FormulaException(String indicator, int position, Message problem) {
        super(problem);
        this.indicator = indicator;
        this.position = position;
    }

    public String indicator() {
        return indicator;
    }

    public int position() {
        return position;
    }
}
