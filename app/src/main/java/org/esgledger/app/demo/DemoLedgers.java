package org.esgledger.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.demo.internal.DemoEmissions;
import org.esgledger.app.demo.internal.DemoEnergy;
import org.esgledger.app.demo.internal.DemoRoster;
import org.esgledger.app.demo.internal.DemoSafety;
import org.esgledger.app.demo.internal.DemoSuppliers;
import org.esgledger.app.demo.internal.DemoSurveys;
import org.esgledger.app.demo.internal.DemoTraining;
import org.esgledger.app.demo.internal.DemoWaste;
import org.esgledger.app.demo.internal.PrintedEmployeeFigures;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.PublishedFigure;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.engine.ledger.surveys.SurveyResponse;
import org.springframework.stereotype.Component;

/**
 * The demo's nine ledgers: each generated from the figures the seed report prints (or, for energy
 * and other emission sources, illustrative), written as a real file in the workspace and imported
 * like any user's file, so that the figures they yield are computed facts with their rows.
 */
@Component
class DemoLedgers {

    private final Workspace workspace;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Facts facts;
    private final Ledgers ledgers;

    DemoLedgers(Workspace workspace, Catalogue catalogue, Organisation organisation, Facts facts, Ledgers ledgers) {
        this.workspace = workspace;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.facts = facts;
        this.ledgers = ledgers;
    }

    /** Every ledger, in the order the demo has always imported them. */
    void importAll() {
        importRoster();
        importWaste();
        importTraining();
        importSuppliers();
        importSurveys();
        importSafety();
        importEnergy();
        importEmissions();
        importDonations();
    }

    /**
     * Generates the roster from the printed figures, writes it as a real file in the workspace and
     * imports it as a ledger: the employee figures become computed facts.
     */
    private void importRoster() {
        String root = organisation.tree().root().orElseThrow().code();
        List<PublishedFigure> printed = new ArrayList<>(facts.published(DemoWorkspace.REPORT, Optional.of(DemoWorkspace.ROSTER_YEAR)));
        printed.addAll(facts.published(DemoWorkspace.REPORT, Optional.of(DemoWorkspace.ROSTER_YEAR - 1)));
        var roster = DemoRoster.generate(PrintedEmployeeFigures.targets(printed, root, DemoWorkspace.ROSTER_YEAR), DemoWorkspace.ROSTER_SEED);
        importLedger("employees", "employees-" + DemoWorkspace.ROSTER_YEAR + ".csv", ledgers.layout("employees", roster));
    }

    /** Generates the waste transfers from the printed waste figures and imports them as a ledger. */
    private void importWaste() {
        var names = catalogue.dimensions().get("waste_type").members().stream()
                .collect(Collectors.toMap(m -> m.code(), m -> m.name().zh()));
        var records = DemoWaste.generate(facts.published(DemoWorkspace.REPORT, Optional.of(DemoWorkspace.ROSTER_YEAR)), DemoWorkspace.ROSTER_YEAR, names,
                catalogue.units().unit("kg").orElseThrow(), DemoWorkspace.ROSTER_SEED);
        importLedger("waste", "waste-" + DemoWorkspace.ROSTER_YEAR + ".csv", ledgers.layout("waste", records));
    }

    /** Generates the training sessions from the printed training figures and imports them as a ledger. */
    private void importTraining() {
        String root = organisation.tree().root().orElseThrow().code();
        var units = catalogue.units();
        var sessions = DemoTraining.generate(facts.published(DemoWorkspace.REPORT, Optional.of(DemoWorkspace.ROSTER_YEAR)), root, DemoWorkspace.ROSTER_YEAR,
                units.unit("h").orElseThrow(), units.unit("class_hour").orElseThrow(), units.unit("CNY").orElseThrow(), DemoWorkspace.ROSTER_SEED);
        importLedger("training", "training-" + DemoWorkspace.ROSTER_YEAR + ".csv", ledgers.layout("training", sessions));
    }

    /** Generates the suppliers from the printed supplier count and signing rate and imports them as a ledger. */
    private void importSuppliers() {
        String root = organisation.tree().root().orElseThrow().code();
        List<PublishedFigure> printed = facts.published(DemoWorkspace.REPORT, Optional.of(DemoWorkspace.ROSTER_YEAR));
        int total = printed(printed, "suppliers_total", root).amount().orElseThrow().intValueExact();
        var rate = printed(printed, "supplier_integrity_agreement_signing_rate", root).amount().orElseThrow();
        var suppliers = DemoSuppliers.generate(DemoWorkspace.ROSTER_YEAR, total, rate, catalogue.units().unit("CNY").orElseThrow(), DemoWorkspace.ROSTER_SEED);
        importLedger("suppliers", "suppliers-" + DemoWorkspace.ROSTER_YEAR + ".csv", ledgers.layout("suppliers", suppliers));
    }

    /** Generates the questionnaires of every year the report prints survey figures for, and imports them as one ledger. */
    private void importSurveys() {
        String root = organisation.tree().root().orElseThrow().code();
        List<SurveyResponse> responses = new ArrayList<>();
        for (int year = DemoWorkspace.ROSTER_YEAR - 2; year <= DemoWorkspace.ROSTER_YEAR; year++) {
            List<PublishedFigure> printed = facts.published(DemoWorkspace.REPORT, Optional.of(year));
            responses.addAll(DemoSurveys.generate(year,
                    printed(printed, "csat_valid_questionnaires", root).amount().orElseThrow().intValueExact(),
                    printed(printed, "customers_surveyed", root).amount().orElseThrow().intValueExact(),
                    printed(printed, "customer_satisfaction_score", root).amount().orElseThrow(), DemoWorkspace.ROSTER_SEED));
        }
        importLedger("surveys", "surveys-" + (DemoWorkspace.ROSTER_YEAR - 2) + "-" + DemoWorkspace.ROSTER_YEAR + ".csv", ledgers.layout("surveys", responses));
    }

    /** Generates the monthly safety statistics from the printed safety figures and imports them as a ledger. */
    private void importSafety() {
        String root = organisation.tree().root().orElseThrow().code();
        List<PublishedFigure> printed = facts.published(DemoWorkspace.REPORT, Optional.of(DemoWorkspace.ROSTER_YEAR));
        var units = catalogue.units();
        long investment = printed(printed, "work_safety_investment", root).amount().orElseThrow().movePointRight(4)
                .longValueExact();
        var months = DemoSafety.generate(DemoWorkspace.ROSTER_YEAR,
                printed(printed, "work_safety_accidents", root).amount().orElseThrow().longValueExact(),
                printed(printed, "work_related_injuries", root).amount().orElseThrow().longValueExact(),
                printed(printed, "work_related_fatalities", root).amount().orElseThrow().longValueExact(),
                investment, units.unit("h").orElseThrow(), units.unit("CNY").orElseThrow(), DemoWorkspace.ROSTER_SEED);
        importLedger("safety", "safety-" + DemoWorkspace.ROSTER_YEAR + ".csv", ledgers.layout("safety", months));
    }

    private static PublishedFigure printed(List<PublishedFigure> printed, String indicator, String entity) {
        return printed.stream().filter(f -> f.indicator().equals(indicator) && f.entity().equals(entity) && f.key().breakdown().isTotal())
                .findFirst().orElseThrow(() -> new IllegalStateException("the report prints no " + indicator));
    }

    /** Generates the (illustrative) energy and water bills of two years and imports them: the GHG inventory's source. */
    private void importEnergy() {
        var records = DemoEnergy.generate(DemoWorkspace.ROSTER_YEAR - 1, DemoWorkspace.ROSTER_YEAR, catalogue.units(), DemoWorkspace.ROSTER_SEED);
        importLedger("energy", "energy-" + (DemoWorkspace.ROSTER_YEAR - 1) + "-" + DemoWorkspace.ROSTER_YEAR + ".csv", ledgers.layout("energy", records));
    }

    /** Generates the (illustrative) refrigerant and scope 3 activities of two years and imports them. */
    private void importEmissions() {
        var records = DemoEmissions.generate(DemoWorkspace.ROSTER_YEAR - 1, DemoWorkspace.ROSTER_YEAR, catalogue.units(), DemoWorkspace.ROSTER_SEED);
        importLedger("emissions", "emissions-" + (DemoWorkspace.ROSTER_YEAR - 1) + "-" + DemoWorkspace.ROSTER_YEAR + ".csv", ledgers.layout("emissions", records));
    }

    /** The six donations the report names, transcribed as a donations ledger, imported like any file. */
    private void importDonations() {
        importLedger("donations", "donations-" + DemoWorkspace.ROSTER_YEAR + ".csv", SourceFile.resource(DemoWorkspace.DONATIONS).bytes());
    }

    private void importLedger(String kind, String fileName, byte[] content) {
        Path file = workspace.directory().resolve("ledgers").resolve(fileName);
        try {
            PrivateFiles.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ledgers.importFile(kind, SourceFile.of(file), new ImportOptions(false, true, Actor.demo()));
    }
}
