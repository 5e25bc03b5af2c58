package org.esgledger.engine.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.Message;

/**
 * The running totals a ledger's figures are added up in: one per fact key, each with the rows it
 * counts and, where they were used, the factors or rules named in its source. A total is not
 * available when one of its rows has no value (no emission factor applies to it), with every
 * distinct reason. Figures come out in key order, their values exact and written as people read
 * them (1.900 t is 1.9 t).
 */
public final class Totals {

    private final Map<String, Total> totals = new TreeMap<>();

    /** The actual value of an indicator for an entity, a fiscal year and a breakdown. */
    public static FactKey key(String indicator, String entity, int year, Breakdown breakdown) {
        return new FactKey(indicator, entity, new Period.FiscalYear(year), breakdown, Nature.ACTUAL);
    }

    /** Adds a row's value to its total. */
    public void add(FactKey key, BigDecimal value, LedgerRow<?> row) {
        Total t = total(key);
        t.value = t.value.add(value);
        t.count(row);
    }

    /** Keeps the largest value any row gives (the attendance of a programme whose people attend every session). */
    public void max(FactKey key, BigDecimal value, LedgerRow<?> row) {
        Total t = total(key);
        t.value = t.value.max(value);
        t.count(row);
    }

    /** A row without a value, and why: the total is not available either; the row is still counted. */
    public void notAvailable(FactKey key, Message reason, LedgerRow<?> row) {
        Total t = total(key);
        t.unavailable.add(reason);
        t.count(row);
    }

    /** Names a factor or rule the total used, listed once in its source. */
    public void used(FactKey key, String what) {
        total(key).used.add(what);
    }

    /** Whether a total exists for the key. */
    public boolean has(FactKey key) {
        return totals.containsKey(key.canonical());
    }

    /**
     * The totals as facts, in key order.
     *
     * @param unit   the unit of an indicator's facts
     * @param source what a fact was computed from, in words, given the factors or rules it used ("" when none)
     */
    public List<ComputedFact> facts(Function<String, String> unit, Function<String, String> source) {
        List<ComputedFact> out = new ArrayList<>();
        for (Total t : totals.values()) {
            String from = source.apply(String.join("; ", t.used));
            out.add(t.fact(unit.apply(t.key.indicator()), from));
        }
        return out;
    }

    /** A value as people read it: exact, without trailing zeros, never in exponent form. */
    public static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private Total total(FactKey key) {
        return totals.computeIfAbsent(key.canonical(), k -> new Total(key));
    }

    private static final class Total {
        private final FactKey key;
        private BigDecimal value = BigDecimal.ZERO;
        private final List<ComputedFact.SourceRow> rows = new ArrayList<>();
        private final Set<Message> unavailable = new LinkedHashSet<>();
        private final Set<String> used = new TreeSet<>();

        private Total(FactKey key) {
            this.key = key;
        }

        /** Counts a row once, however many of its lines add to the total. */
        private void count(LedgerRow<?> row) {
            ComputedFact.SourceRow source = row.source();
            if (rows.isEmpty() || !rows.get(rows.size() - 1).equals(source)) {
                rows.add(source);
            }
        }

        private ComputedFact fact(String unit, String source) {
            if (unavailable.isEmpty()) {
                return new ComputedFact(key, plain(value), unit, source, rows);
            }
            List<Bilingual> texts = unavailable.stream().map(Message::text).distinct().toList();
            Bilingual reason = Bilingual.of(String.join("；", texts.stream().map(Bilingual::zh).toList()),
                    String.join("; ", texts.stream().map(Bilingual::en).toList()));
            return ComputedFact.notAvailable(key, unit, reason, source, rows);
        }
    }
}
