package org.esgledger.engine.formula;

import java.util.List;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/** Formulas that cannot be saved together; {@link #problems()} lists each with its indicator and position. */
public class FormulaSetException extends EsgException {

    private final transient List<FormulaException> problems;

    public FormulaSetException(List<FormulaException> problems) {
        super(Message.of("formula.problems", problems.size(), problems.get(0).problem().en()));
        this.problems = List.copyOf(problems);
    }

    public List<FormulaException> problems() {
        return problems;
    }
}
