package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.esgledger.app.fact.ComputedFact;
import org.esgledger.engine.fact.FactKey;

/** Exact sums as people read them: 1.900 t is written 1.9 t (same value, no trailing zeros). */
final class Sums {

    private Sums() {
    }

    /** A running total for one fact and the rows it adds up. */
    static final class Total {
        final FactKey key;
        BigDecimal total = BigDecimal.ZERO;
        final List<ComputedFact.SourceRow> rows = new ArrayList<>();

        Total(FactKey key) {
            this.key = key;
        }
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
