package org.esgledger.app.report;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.PublishedNotes;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.period.Locks;
import org.esgledger.app.report.internal.FigureStandings;
import org.esgledger.app.report.internal.PublishedFigures;
import org.esgledger.app.report.internal.Registers;
import org.esgledger.app.report.internal.SnapshotReportData;
import org.esgledger.engine.report.ReportingWindow;
import org.springframework.stereotype.Component;

/**
 * What a year's report is composed from, the same for its editions ({@link Editions}) and for the
 * readiness of its figures ({@link TemplateFigures}): the snapshots of the report's window, the
 * restatements of the period locks, what the company published before, and the registers beside the
 * template. One place, so that a figure the editions print as published is not counted missing.
 */
@Component
class ReportSources {

    private final Calculations calculations;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Facts facts;
    private final Locks locks;
    private final PublishedNotes publishedNotes;

    ReportSources(Calculations calculations, Catalogue catalogue, Organisation organisation, Facts facts, Locks locks,
                  PublishedNotes publishedNotes) {
        this.calculations = calculations;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.facts = facts;
        this.locks = locks;
        this.publishedNotes = publishedNotes;
    }

    SnapshotReportData of(int year, Path template) {
        return new SnapshotReportData(year, calculations, catalogue, organisation, facts,
                new Registers(template.toAbsolutePath().getParent().resolve("registers")), Optional.of(locks),
                PublishedFigures.of(facts, publishedNotes, new ReportingWindow(year).years()));
    }

    /**
     * Where each figure of the report's window stands (origin, status, a difference from the published value): from the
     * current snapshots and the stored facts of the window's years, and what the company published before.
     *
     * @param asPublished the fact ids the editions print as published, having no value of their own
     */
    FigureStandings standings(int year, Set<String> asPublished) {
        Map<String, SnapshotValue> values = new HashMap<>();
        Map<String, FactView> stored = new HashMap<>();
        List<Integer> years = new ReportingWindow(year).years();
        for (int y : years) {
            calculations.current(y).ifPresent(s -> calculations.values(s.id()).forEach(v -> values.putIfAbsent(v.factId(), v)));
            facts.list(Optional.of(y)).forEach(f -> stored.put(f.id(), f));
        }
        return new FigureStandings(values, stored, PublishedFigures.of(facts, publishedNotes, years), catalogue.units(), asPublished);
    }
}
