package org.esgledger.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.ledger.LedgerCoverage;
import org.esgledger.app.readiness.ReadinessReport;
import org.esgledger.engine.catalogue.Codes;

/** {@code esg status --format json}: the readiness report as one JSON object (docs/readiness.md). */
final class StatusJson {

    private StatusJson() {
    }

    static Map<String, Object> of(ReadinessReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", r.year());
        m.put("entities", ordered("count", r.entities().count(), "levels", r.entities().levels()));
        List<Object> ledgers = new ArrayList<>();
        for (LedgerCoverage c : r.ledgers()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("kind", c.kind());
            l.put("batches", c.batches());
            l.put("rows", c.rows());
            List<Object> years = new ArrayList<>();
            c.years().forEach((y, v) -> years.add(ordered("year", y, "batches", v.batches(), "rows", v.rows())));
            l.put("years", years);
            ledgers.add(l);
        }
        m.put("ledgers", ledgers);
        m.put("facts", codes(r.facts()));
        m.put("computed_values", r.computedValues());
        m.put("figures", figures(r.figures()));
        m.put("snapshot", r.snapshot().map(StatusJson::snapshot).orElse(null));
        m.put("findings", r.snapshot().isPresent() ? codes(r.findings()) : null);
        m.put("lock", r.lock().map(l -> ordered("locked_at", l.lockedAt().toString(), "locked_by", l.lockedBy(), "reason", l.reason()))
                .orElse(null));
        return m;
    }

    private static Map<String, Object> figures(ReadinessReport.Figures f) {
        Map<String, Object> m = ordered("template", f.template(), "total", f.total(), "missing", f.missing());
        m.put("draft", f.draft());
        m.put("to_write", f.toWrite());
        m.put("chapters", f.chapters().stream().map(c -> ordered("chapter", c.id(), "figures", c.figures(), "missing", c.missing(),
                "draft", c.draft())).toList());
        m.put("open", f.open().stream().map(x -> ordered("ref", x.ref(), "chapter", x.chapter(), "section", x.section(),
                "state", Codes.code(x.state()))).toList());
        return m;
    }

    private static Map<String, Object> snapshot(ReadinessReport.Snapshot s) {
        Map<String, Object> m = ordered("id", s.id(), "computed_at", s.computedAt().toString(), "computed_by", s.computedBy());
        m.put("frozen", s.frozen());
        m.put("frozen_at", s.frozenAt().map(Object::toString).orElse(null));
        m.put("frozen_by", s.frozen() ? s.frozenBy() : null);
        return m;
    }

    private static <E extends Enum<E>> Map<String, Object> codes(Map<E, Long> counts) {
        Map<String, Object> m = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> m.put(Codes.code(e.getKey()), e.getValue()));
        return m;
    }

    /** A map keeping the order of its pairs: key, value, key, value… */
    private static Map<String, Object> ordered(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
