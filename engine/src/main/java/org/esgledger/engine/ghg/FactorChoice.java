package org.esgledger.engine.ghg;

import java.util.Objects;

import org.esgledger.engine.i18n.Message;

/** The factor an activity was given and the rule that chose it (recorded with every emission line). */
public record FactorChoice(EmissionFactor factor, Message rule) {

    public FactorChoice {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rule, "rule");
    }
}
