package org.esgledger.app.report;

import java.nio.file.Path;
import java.util.Optional;

import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.PublishedNotes;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.period.Locks;
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
}
