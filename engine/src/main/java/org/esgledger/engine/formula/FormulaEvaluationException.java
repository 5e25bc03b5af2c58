package org.esgledger.engine.formula;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/** A formula that could not give a number for one period and entity: division by zero, a comparison where a number was expected. */
public class FormulaEvaluationException extends EsgException {

    public FormulaEvaluationException(Message problem) {
        super(problem);
    }
}
