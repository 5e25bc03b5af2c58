package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.Message;

/** Exact sums as people read them: 1.900 t is written 1.9 t (same value, no trailing zeros). */
final class Sums {

    private Sums() {
    }

    /**
     * A running total for one fact and the rows it adds up; not available when one of its rows
     * has no value (no emission factor applies to it), with every distinct reason.
     */
    static final class Total {
        final FactKey key;
        BigDecimal total = BigDecimal.ZERO;
        final List<ComputedFact.SourceRow> rows = new ArrayList<>();
        private final Set<Message> unavailable = new LinkedHashSet<>();

        Total(FactKey key) {
            this.key = key;
        }

        /** A row whose value is not available, and why: the total is not available either. */
        void notAvailable(Message reason) {
            unavailable.add(reason);
        }

        /** The total as a fact: its plain value, or not available with the reasons (zh and en). */
        ComputedFact fact(String unit, String source) {
            if (unavailable.isEmpty()) {
                return new ComputedFact(key, plain(total), unit, source, rows);
            }
            List<Bilingual> texts = unavailable.stream().map(Message::text).distinct().toList();
            Bilingual reason = Bilingual.of(String.join("；", texts.stream().map(Bilingual::zh).toList()),
                    String.join("; ", texts.stream().map(Bilingual::en).toList()));
            return ComputedFact.notAvailable(key, unit, reason, source, rows);
        }
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
