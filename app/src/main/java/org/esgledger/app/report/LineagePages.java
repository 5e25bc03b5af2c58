package org.esgledger.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.calculation.Explanations;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.evidence.Annotations;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.report.internal.ApprovalTrace;
import org.esgledger.app.report.internal.FigurePlaces;
import org.esgledger.app.report.internal.FigureStandings;
import org.esgledger.app.report.internal.LineageEntries;
import org.esgledger.app.report.internal.LineagePage;
import org.esgledger.engine.report.ReportingWindow;
import org.springframework.stereotype.Component;

/**
 * The lineage page of a render ({@link LineagePage}, ADR 0028): every value of the current snapshots of the report's window,
 * explained, and the approved entries the editions print that no calculation carries; the printed ones under the sections
 * printing them with their PDF pages, the others in an appendix; with the evidence and comments on each; each marked when
 * it rests on values approved by the person who entered them (four-eyes off); and the head of the audit chain at render,
 * to keep outside the database.
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
     * @param places   where the editions print each figure, with the pages of their PDFs
     * @param findings the consistency findings about the printed figures
     * @param head     the audit chain's head at render
     */
    String html(int year, FigurePlaces places, FigureStandings standings, List<FindingView> findings, ChainHead head) {
        ReportingWindow window = new ReportingWindow(year);
        Map<String, ExplainNode> explained = new LinkedHashMap<>();
        Map<String, SnapshotValue> values = new LinkedHashMap<>();
        for (int y : window.years()) {
            calculations.current(y).ifPresent(snap -> {
                explanations.explainAll(snap.id()).forEach(n -> explained.putIfAbsent(n.factId(), n));
                calculations.values(snap.id()).forEach(v -> values.putIfAbsent(v.factId(), v));
            });
        }
        Map<String, FactView> stored = new LinkedHashMap<>();
        for (int y : window.years()) {
            facts.list(Optional.of(y)).forEach(f -> stored.put(f.id(), f));
        }
        Map<String, FactView> entries = new LinkedHashMap<>();
        places.sections().keySet().stream().filter(id -> !explained.containsKey(id) && stored.containsKey(id))
                .forEach(id -> entries.put(id, stored.get(id)));
        Map<String, Annotations> annotations = entries.isEmpty() ? Map.of() : evidence.byFact();
        Set<String> byEntrant = facts.approvedByEntrant(stored.keySet());
        ApprovalTrace trace = new ApprovalTrace(values, byEntrant::contains);
        LineageEntries lines = new LineageEntries(explained, entries, id -> annotations.getOrDefault(id, Annotations.NONE), trace::under,
                standings, places);
        List<String> appendix = new ArrayList<>(explained.keySet());
        return LineagePage.html(year, lines, places, standings, appendix, findings, head);
    }
}
