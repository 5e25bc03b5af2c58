package org.esgledger.app.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Subject;
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
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.PublishedNotes;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.setup.WorkspaceSetup;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.calc.Fingerprint;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo workspace: the production set-up ({@link WorkspaceSetup}), then the seed company's own
 * catalogue additions (dimension members, the indicators only its report prints), organisation, consistency rules, targets and the figures printed in its 2024
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
    static final String INDICATORS = "demo/indicators.csv";
    static final String DONATIONS = "demo/ledgers/donations-2024.csv";
    static final String CHECKS = "demo/checks.csv";
    static final String TARGETS = "demo/targets.csv";
    static final String PUBLISHED_NOTES = "demo/published-notes.csv";
    private static final String FINGERPRINT_KEY = WorkspaceStore.DEMO_FINGERPRINT;
    /** The published report the demo's printed figures come from. */
    public static final String REPORT = "zkteco-2024-sustainability-report";
    static final int ROSTER_YEAR = 2024;
    /** Seed of the demo roster; part of the fingerprint with the generator's version. */
    static final long ROSTER_SEED = 2024L;
    /** The demo's ESG manager (admin and manager), the user whoever ran {@code esg demo} acts as. */
    public static final String MANAGER = "esg.manager";
    /** Recorded as who loaded the demo facts. */
    public static final String LOADED_BY = Actor.DEMO;

    private final WorkspaceStore workspaceStore;
    private final WorkspaceSetup setup;
    private final Workspace workspace;
    private final CatalogueLoader catalogueLoader;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Facts facts;
    private final Calculations calculations;
    private final DemoLedgers demoLedgers;
    private final DemoUsers demoUsers;
    private final Changes changes;
    private final PublishedNotes publishedNotes;

    DemoWorkspace(WorkspaceStore workspaceStore, WorkspaceSetup setup, Workspace workspace, CatalogueLoader catalogueLoader,
                  Catalogue catalogue, Organisation organisation, Facts facts, Calculations calculations, DemoLedgers demoLedgers,
                  DemoUsers demoUsers, Changes changes, PublishedNotes publishedNotes) {
        this.publishedNotes = publishedNotes;
        this.demoUsers = demoUsers;
        this.changes = changes;
        this.calculations = calculations;
        this.demoLedgers = demoLedgers;
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
            Actor demo = Actor.demo();
            changes.record(demo, Action.DEMO, Subject.of("workspace", "demo"), Map.of("fingerprint", fingerprint), force ? "--force" : "");
            setup.apply(demo);
            demoUsers.add(demo);
            catalogueLoader.loadDimensions(SourceFile.resource(DIMENSIONS), demo);
            catalogueLoader.loadIndicators(SourceFile.resource(INDICATORS), demo);
            organisation.loadEntities(SourceFile.resource(ENTITIES), demo);
            demoUsers.scope(demo);
            catalogueLoader.addCheckRules(SourceFile.resource(CHECKS), organisation.tree(), demo);
            catalogueLoader.loadTargets(SourceFile.resource(TARGETS), organisation.tree(), demo);
            var formulas = catalogue.formulas();
            facts.load(SourceFile.resource(FACTS), demo, indicator -> !formulas.isDerived(indicator));
            facts.publish(SourceFile.resource(FACTS), REPORT);
            publishedNotes.load(SourceFile.resource(PUBLISHED_NOTES), REPORT);
            demoLedgers.importAll();
            for (int year = ROSTER_YEAR - 2; year <= ROSTER_YEAR; year++) {
                calculations.compute(year, new ComputeOptions(demo, false, false, "demo"));
            }
            workspaceStore.putState(FINGERPRINT_KEY, fingerprint);
        }
        return summary(!force && upToDate, fingerprint);
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
        files.addAll(List.of(DIMENSIONS, INDICATORS, ENTITIES, CHECKS, TARGETS, FACTS, PUBLISHED_NOTES, DONATIONS));
        files.forEach(file -> f.add(file, SourceFile.resource(file).sha256()));
        return f.hex();
    }
}
