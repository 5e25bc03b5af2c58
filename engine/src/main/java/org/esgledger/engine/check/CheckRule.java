package org.esgledger.engine.check;

import java.util.List;
import java.util.Objects;

import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.i18n.Bilingual;

/**
 * A consistency rule kept as data, for arithmetic the catalogue's structure does not imply: a
 * headcount roll-forward, a printed rate tested against every base it could have been computed
 * on. Both sides are expressions in the formula language ({@code printed:} refers to what the
 * report printed); values are compared in {@code unit} at {@code decimals} places.
 *
 * @param kind      {@link Kind#EQUALS}: {@code left} equals {@code right.get(0)};
 *                  {@link Kind#ONE_OF}: {@code left} equals at least one of {@code right}
 * @param entity    the entity the rule is evaluated for
 */
public record CheckRule(String id, Kind kind, String entity, Formula left, List<Formula> right, String unit, int decimals,
                        Severity severity, Bilingual description) {

    public enum Kind { EQUALS, ONE_OF }

    public CheckRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(left, "left");
        right = List.copyOf(right);
        if (right.isEmpty() || kind == Kind.EQUALS && right.size() != 1) {
            throw new IllegalArgumentException(id + ": " + kind + " needs " + (kind == Kind.EQUALS ? "one" : "at least one") + " right side");
        }
    }
}
