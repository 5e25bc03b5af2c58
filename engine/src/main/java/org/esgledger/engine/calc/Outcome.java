package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.util.Objects;

import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.i18n.Message;

/** The result for one data point: a value, or the reason there is none. Never a silent zero. */
public sealed interface Outcome permits Outcome.Available, Outcome.NotAvailable {

    FactKey key();

    /** Unit of the value (the indicator's unit for computed values). */
    String unit();

    Derivation derivation();

    /** A value, exact, in {@link #unit()}; rounded only at disclosure. */
    record Available(FactKey key, BigDecimal value, String unit, Derivation derivation) implements Outcome {
        public Available {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(value, "value");
        }
    }

    /** No value, and why: an input missing, a division by zero. */
    record NotAvailable(FactKey key, String unit, Message reason, Derivation derivation) implements Outcome {
        public NotAvailable {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
