package org.esgledger.app.report.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.PublishedFigure;
import org.esgledger.app.fact.PublishedNote;
import org.esgledger.app.fact.PublishedNotes;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.ReportData.Published;
import org.esgledger.engine.report.template.FigureRef;

/**
 * What the company's reports published for the figures of a report's window (ADR 0006), each with
 * its note when one is recorded (why the system's value differs, how a sentence names the report):
 * what the report's honest notes compare the printed figures with.
 */
public final class PublishedFigures {

    private final Map<String, Published> byKey;

    private PublishedFigures(Map<String, Published> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    public static PublishedFigures none() {
        return new PublishedFigures(Map.of());
    }

    /** The numbers the recorded reports published for the given years, the first report's where several did. */
    public static PublishedFigures of(Facts facts, PublishedNotes notes, List<Integer> years) {
        Map<String, PublishedNote> noted = new HashMap<>();
        notes.all().forEach(n -> noted.put(n.report() + "|" + n.factId(), n));
        Bilingual unnamed = AppMessages.of("report.published.report").text();
        Map<String, Published> byKey = new HashMap<>();
        for (String report : facts.reports()) {
            for (int year : years) {
                for (PublishedFigure p : facts.published(report, Optional.of(year))) {
                    if (p.amount().isEmpty()) {
                        continue;
                    }
                    BigDecimal value = p.amount().get();
                    Optional<PublishedNote> note = Optional.ofNullable(noted.get(report + "|" + p.key().id()));
                    byKey.putIfAbsent(SnapshotReportData.key(p.key().indicator(), p.key().entity(), p.key().period().code(),
                                    p.key().breakdown().code()),
                            new Published(value, p.unitCode(), Math.max(0, value.scale()), note.map(PublishedNote::reportName).orElse(unnamed),
                                    note.map(PublishedNote::reason).orElse(Bilingual.of("", ""))));
                }
            }
        }
        return new PublishedFigures(byKey);
    }

    Optional<Published> find(FigureRef ref) {
        return Optional.ofNullable(byKey.get(SnapshotReportData.key(ref.indicator(), ref.entity(), ref.period(), ref.breakdown())));
    }
}
