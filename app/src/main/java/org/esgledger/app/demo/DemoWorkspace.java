package org.esgledger.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ComputeOptions;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.catalogue.CatalogueLoader;
import org.esgledger.app.demo.internal.DemoEmissions;
import org.esgledger.app.demo.internal.DemoEnergy;
import org.esgledger.app.demo.internal.DemoRoster;
import org.esgledger.app.demo.internal.DemoSafety;
import org.esgledger.app.demo.internal.DemoSuppliers;
import org.esgledger.app.demo.internal.DemoSurveys;
import org.esgledger.app.demo.internal.DemoTraining;
import org.esgledger.app.demo.internal.DemoWaste;
import org.esgledger.app.demo.internal.PrintedEmployeeFigures;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.PublishedFigure;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.setup.WorkspaceSetup;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.calc.Fingerprint;
import org.esgledger.engine.ledger.surveys.SurveyResponse;
import org.esgledger.engine.unit.UnitTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo workspace: the production set-up ({@link WorkspaceSetup}), then the seed company's own
 * catalogue additions, organisation, consistency rules, targets and the figures printed in its 2024
 * report, loaded as facts; all of it from {@code demo/} (ADR 0011).
 *
 * <p>The employee figures are then computed from a generated roster, imported as a ledger (ADR
 * 0006: the printed values stay as the report's published figures).
 *
 * <p>One transaction: a run that is killed half-way leaves the workspace as it was before (or
 * empty), never half-loaded; the fingerprint of the loaded files is written in the same
 * transaction, so a later run knows whether the workspace holds exactly this demo.
 */
@Service
public class DemoWorkspace {

    static final String ENTITIES = "demo/entities.csv";
    static final String FACTS = "demo/facts-2024-report.csv";
    static final String DIMENSIONS = "demo/dimensions.csv";
    static final String DONATIONS = "demo/ledgers/donations-2024.csv";
    static final String CHECKS = "demo/checks.csv";
    static final String TARGETS = "demo/targets.csv";
    private static final String FINGERPRINT_KEY = "demo.fingerprint";
    /** The published report the demo's printed figures come from. */
    public static final String REPORT = "zkteco-2024-sustainability-report";
    static final int ROSTER_YEAR = 2024;
    /** Seed of the demo roster; part of the fingerprint with the generator's version. */
    static final long ROSTER_SEED = 2024L;
    /** Recorded as who loaded the demo facts. */
    public static final String LOADED_BY = "esg demo";

    private final WorkspaceStore workspaceStore;
    private final WorkspaceSetup setup;
    private final Workspace workspace;
    private final CatalogueLoader catalogueLoader;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Facts facts;
    private final Ledgers ledgers;
    private final Calculations calculations;

    DemoWorkspace(WorkspaceStore workspaceStore, WorkspaceSetup setup, Workspace workspace, CatalogueLoader catalogueLoader,
                  Catalogue catalogue, Organisation organisation, Facts facts, Ledgers ledgers, Calculations calculations) {
        this.ledgers = ledgers;
        this.calculations = calculations;
        this.workspaceStore = workspaceStore;
        this.setup = setup;
        this.workspace = workspace;
        this.catalogueLoader = catalogueLoader;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.facts = facts;
    }

    /** Creates or refreshes the demo; with {@code force}, reloads even when it is up to date. */
    @Transactional
    public DemoSummary refresh(boolean force) {
        String fingerprint = fingerprint();
        boolean upToDate = workspaceStore.state(FINGERPRINT_KEY).filter(fingerprint::equals).isPresent();
        if (force || !upToDate) {
            workspaceStore.empty();
            setup.apply();
            catalogueLoader.loadDimensions(SourceFile.resource(DIMENSIONS));
            organisation.loadEntities(SourceFile.resource(ENTITIES));
            catalogueLoader.addCheckRules(SourceFile.resource(CHECKS), organisation.tree());
            catalogueLoader.loadTargets(SourceFile.resource(TARGETS), organisation.tree());
            var formulas = catalogue.formulas();
            facts.load(SourceFile.resource(FACTS), LOADED_BY, indicator -> !formulas.isDerived(indicator));
            facts.publish(SourceFile.resource(FACTS), REPORT);
            importRoster();
            importWaste();
            importTraining();
            importSuppliers();
            importSurveys();
            importSafety();
            importEnergy();
            importEmissions();
            importDonations();
            for (int year = ROSTER_YEAR - 2; year <= ROSTER_YEAR; year++) {
                calculations.compute(year, new ComputeOptions(LOADED_BY, false, false, "demo"));
            }
            workspaceStore.putState(FINGERPRINT_KEY, fingerprint);
        }
        return summary(!force && upToDate, fingerprint);
    }

    /**
     * Generates the roster from the printed figures, writes it as a real file in the workspace and
     * imports it as a ledger: the employee figures become computed facts.
     */
    private void importRoster() {
        String root = organisation.tree().root().orElseThrow().code();
        List<PublishedFigure> printed = new ArrayList<>(facts.published(REPORT, Optional.of(ROSTER_YEAR)));
        printed.addAll(facts.published(REPORT, Optional.of(ROSTER_YEAR - 1)));
        var roster = DemoRoster.generate(PrintedEmployeeFigures.targets(printed, root, ROSTER_YEAR), ROSTER_SEED);
        importLedger("employees", "employees-" + ROSTER_YEAR + ".csv", ledgers.layout("employees", roster));
    }

    /** Generates the waste transfers from the printed waste figures and imports them as a ledger. */
    private void importWaste() {
        var names = catalogue.dimensions().get("waste_type").members().stream()
                .collect(Collectors.toMap(m -> m.code(), m -> m.name().zh()));
        var records = DemoWaste.generate(facts.published(REPORT, Optional.of(ROSTER_YEAR)), ROSTER_YEAR, names,
                catalogue.units().unit("kg").orElseThrow(), ROSTER_SEED);
        importLedger("waste", "waste-" + ROSTER_YEAR + ".csv", ledgers.layout("waste", records));
    }

    /** Generates the training sessions from the printed training figures and imports them as a ledger. */
    private void importTraining() {
        String root = organisation.tree().root().orElseThrow().code();
        var units = catalogue.units();
        var sessions = DemoTraining.generate(facts.published(REPORT, Optional.of(ROSTER_YEAR)), root, ROSTER_YEAR,
                units.unit("h").orElseThrow(), units.unit("class_hour").orElseThrow(), units.unit("CNY").orElseThrow(), ROSTER_SEED);
        importLedger("training", "training-" + ROSTER_YEAR + ".csv", ledgers.layout("training", sessions));
    }

    /** Generates the suppliers from the printed supplier count and signing rate and imports them as a ledger. */
    private void importSuppliers() {
        String root = organisation.tree().root().orElseThrow().code();
        List<PublishedFigure> printed = facts.published(REPORT, Optional.of(ROSTER_YEAR));
        int total = printed(printed, "suppliers_total", root).amount().orElseThrow().intValueExact();
        var rate = printed(printed, "supplier_integrity_agreement_signing_rate", root).amount().orElseThrow();
        var suppliers = DemoSuppliers.generate(ROSTER_YEAR, total, rate, catalogue.units().unit("CNY").orElseThrow(), ROSTER_SEED);
        importLedger("suppliers", "suppliers-" + ROSTER_YEAR + ".csv", ledgers.layout("suppliers", suppliers));
    }

    /** Generates the questionnaires of every year the report prints survey figures for, and imports them as one ledger. */
    private void importSurveys() {
        String root = organisation.tree().root().orElseThrow().code();
        List<SurveyResponse> responses = new ArrayList<>();
        for (int year = ROSTER_YEAR - 2; year <= ROSTER_YEAR; year++) {
            List<PublishedFigure> printed = facts.published(REPORT, Optional.of(year));
            responses.addAll(DemoSurveys.generate(year,
                    printed(printed, "csat_valid_questionnaires", root).amount().orElseThrow().intValueExact(),
                    printed(printed, "customers_surveyed", root).amount().orElseThrow().intValueExact(),
                    printed(printed, "customer_satisfaction_score", root).amount().orElseThrow(), ROSTER_SEED));
        }
        importLedger("surveys", "surveys-" + (ROSTER_YEAR - 2) + "-" + ROSTER_YEAR + ".csv", ledgers.layout("surveys", responses));
    }

    /** Generates the monthly safety statistics from the printed safety figures and imports them as a ledger. */
    private void importSafety() {
        String root = organisation.tree().root().orElseThrow().code();
        List<PublishedFigure> printed = facts.published(REPORT, Optional.of(ROSTER_YEAR));
        var units = catalogue.units();
        long investment = printed(printed, "work_safety_investment", root).amount().orElseThrow().movePointRight(4)
                .longValueExact();
        var months = DemoSafety.generate(ROSTER_YEAR,
                printed(printed, "work_safety_accidents", root).amount().orElseThrow().longValueExact(),
                printed(printed, "work_related_injuries", root).amount().orElseThrow().longValueExact(),
                printed(printed, "work_related_fatalities", root).amount().orElseThrow().longValueExact(),
                investment, units.unit("h").orElseThrow(), units.unit("CNY").orElseThrow(), ROSTER_SEED);
        importLedger("safety", "safety-" + ROSTER_YEAR + ".csv", ledgers.layout("safety", months));
    }

    private static PublishedFigure printed(List<PublishedFigure> printed, String indicator, String entity) {
        return printed.stream().filter(f -> f.indicator().equals(indicator) && f.entity().equals(entity) && f.key().breakdown().isTotal())
                .findFirst().orElseThrow(() -> new IllegalStateException("the report prints no " + indicator));
    }

    /** Generates the (illustrative) energy and water bills of two years and imports them: the GHG inventory's source. */
    private void importEnergy() {
        var records = DemoEnergy.generate(ROSTER_YEAR - 1, ROSTER_YEAR, catalogue.units(), ROSTER_SEED);
        importLedger("energy", "energy-" + (ROSTER_YEAR - 1) + "-" + ROSTER_YEAR + ".csv", ledgers.layout("energy", records));
    }

    /** Generates the (illustrative) refrigerant and scope 3 activities of two years and imports them. */
    private void importEmissions() {
        var records = DemoEmissions.generate(ROSTER_YEAR - 1, ROSTER_YEAR, catalogue.units(), ROSTER_SEED);
        importLedger("emissions", "emissions-" + (ROSTER_YEAR - 1) + "-" + ROSTER_YEAR + ".csv", ledgers.layout("emissions", records));
    }

    /** The six donations the report names, transcribed as a donations ledger, imported like any file. */
    private void importDonations() {
        importLedger("donations", "donations-" + ROSTER_YEAR + ".csv", SourceFile.resource(DONATIONS).bytes());
    }

    private void importLedger(String kind, String fileName, byte[] content) {
        Path file = workspace.directory().resolve("ledgers").resolve(fileName);
        try {
            PrivateFiles.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ledgers.importFile(kind, SourceFile.of(file), new ImportOptions(false, true, LOADED_BY));
    }

    private DemoSummary summary(boolean upToDate, String fingerprint) {
        List<FactView> all = facts.list(Optional.empty());
        Map<Integer, Long> byYear = all.stream().collect(Collectors.groupingBy(FactView::fiscalYear, TreeMap::new, Collectors.counting()));
        Map<String, Long> frameworks = catalogue.frameworkItems().stream()
                .collect(Collectors.groupingBy(i -> i.framework().name(), TreeMap::new, Collectors.counting()));
        return new DemoSummary(upToDate, fingerprint, workspace.storeDescription(), catalogue.units().units().size(),
                organisation.tree().entities().size(), catalogue.dimensions().size(), catalogue.indicators().size(),
                frameworks, byYear, all.size(), IntStream.rangeClosed(ROSTER_YEAR - 2, ROSTER_YEAR)
                        .mapToObj(calculations::current).flatMap(Optional::stream).toList());
    }

    /** SHA-256 over the generators' versions, the roster seed, and the name and content of every file the demo loads. */
    static String fingerprint() {
        Fingerprint f = new Fingerprint().add("generators", DemoRoster.VERSION + "/" + DemoWaste.VERSION + "/" + DemoTraining.VERSION
                + "/" + DemoSuppliers.VERSION + "/" + DemoSurveys.VERSION + "/" + DemoSafety.VERSION + "/" + DemoEnergy.VERSION + "/"
                + DemoEmissions.VERSION + "/" + ROSTER_SEED);
        List<String> files = new ArrayList<>(WorkspaceSetup.resources());
        files.addAll(List.of(DIMENSIONS, ENTITIES, CHECKS, TARGETS, FACTS, DONATIONS));
        files.forEach(file -> f.add(file, SourceFile.resource(file).sha256()));
        return f.hex();
    }
}
