package org.esgledger.app.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.calculation.Explanations;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.evidence.Annotations;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.report.internal.ApprovalTrace;
import org.esgledger.app.report.internal.LineagePage;
import org.esgledger.engine.report.ReportingWindow;
import org.springframework.stereotype.Component;

/**
 * The lineage page of a render: every value of the current snapshots of the report's window,
 * explained, and the approved entries the editions print that no calculation carries; with the
 * evidence and comments on each; each marked when it rests on values approved by the person who
 * entered them (four-eyes off); and the head of the audit chain at render, to keep outside the database.
 */
@Component
class LineagePages {

    private final Calculations calculations;
    private final Explanations explanations;
    private final Facts facts;
    private final Evidence evidence;

    LineagePages(Calculations calculations, Explanations explanations, Facts facts, Evidence evidence) {
        this.calculations = calculations;
        this.explanations = explanations;
        this.facts = facts;
        this.evidence = evidence;
    }

    /**
     * @param used the fact ids the editions print, in order
     * @param head the audit chain's head at render
     */
    String html(int year, Set<String> used, ChainHead head) {
        ReportingWindow window = new ReportingWindow(year);
        List<ExplainNode> explained = new ArrayList<>();
        Map<String, SnapshotValue> values = new HashMap<>();
        for (int y : window.years()) {
            calculations.current(y).ifPresent(snap -> {
                explained.addAll(explanations.explainAll(snap.id()));
                calculations.values(snap.id()).forEach(v -> values.putIfAbsent(v.factId(), v));
            });
        }
        Set<String> inSnapshots = new HashSet<>();
        explained.forEach(n -> inSnapshots.add(n.factId()));
        Map<String, FactView> stored = new HashMap<>();
        for (int y : window.years()) {
            facts.list(Optional.of(y)).forEach(f -> stored.put(f.id(), f));
        }
        List<FactView> entries = used.stream().filter(id -> !inSnapshots.contains(id) && stored.containsKey(id)).map(stored::get).toList();
        Map<String, Annotations> annotations = entries.isEmpty() ? Map.of() : evidence.byFact();
        Set<String> byEntrant = facts.approvedByEntrant(stored.keySet());
        ApprovalTrace trace = new ApprovalTrace(values, byEntrant::contains);
        return LineagePage.html(year, explained, entries, id -> annotations.getOrDefault(id, Annotations.NONE),
                trace::under, head);
    }
}
