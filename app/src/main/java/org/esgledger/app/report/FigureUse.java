package org.esgledger.app.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.report.Composition;

/**
 * Which figures the editions of a render print: the fact ids of every reference they resolved (in
 * order), the year's computed values none of them used, and the snapshot's values by fact id.
 */
record FigureUse(SortedSet<String> used, List<String> unused, Map<String, SnapshotValue> byId) {

    FigureUse {
        used = Collections.unmodifiableSortedSet(new TreeSet<>(used));
        unused = List.copyOf(unused);
        byId = Map.copyOf(byId);
    }

    static FigureUse of(Collection<Composition> editions, List<SnapshotValue> values) {
        SortedSet<String> used = new TreeSet<>();
        editions.forEach(c -> c.used().forEach(u -> used.add(u.factId())));
        List<String> unused = new ArrayList<>();
        Map<String, SnapshotValue> byId = new HashMap<>();
        for (SnapshotValue v : values) {
            byId.put(v.factId(), v);
            if (v.value().isPresent() && !used.contains(v.factId())) {
                unused.add(v.key());
            }
        }
        return new FigureUse(used, unused, byId);
    }

    /** The findings about a printed figure, each as the render report lists it: rule, severity, subject and message in en and zh. */
    List<String> findingsAbout(List<FindingView> findings) {
        return aboutPrinted(findings).stream()
                .map(f -> f.rule() + " [" + Codes.code(f.severity()) + "] " + f.subject() + ": " + f.message().en() + " / " + f.message().zh())
                .toList();
    }

    /** The findings about a printed figure (its value or one of its breakdowns), in the snapshot's order. */
    List<FindingView> aboutPrinted(List<FindingView> findings) {
        return findings.stream().filter(f -> used.stream().map(byId::get).anyMatch(v -> v != null && concerns(f, v.key()))).toList();
    }

    /** Whether a finding is about the value of a key or one of its breakdowns. */
    static boolean concerns(FindingView finding, String key) {
        return finding.subject().equals(key) || finding.subject().startsWith(key + "[");
    }
}
