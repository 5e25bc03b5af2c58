package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An expression's value for one entity and year (a consistency rule's side), with what it was
 * computed from: the value in the reference units of its dimension, or empty with the missing
 * references (or the evaluation failure) in {@link #missing()}.
 */
public record Evaluation(Optional<BigDecimal> value, List<Derivation.Input> inputs, List<String> missing) {
}
