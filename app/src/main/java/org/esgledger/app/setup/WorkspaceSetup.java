package org.esgledger.app.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.audit.Area;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.catalogue.CatalogueLoader;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.calc.Fingerprint;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.unit.UnitTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production set-up every workspace starts from: the standard units, the frameworks' reference
 * tables (SZSE Guideline No. 17, GRI, ISSB, SDGs), the standard breakdown dimensions, the standard
 * indicator catalogue, the formulas of its derived indicators and the general consistency rules.
 * It knows no company: a workspace adds its own organisation, figures and targets; the demo adds
 * its seed company's (ADR 0011).
 *
 * <p>Idempotent: the fingerprint of the files it loads is kept in the workspace; on a workspace set
 * up from exactly these files it writes nothing and says so. Otherwise it saves every row, each
 * replacing the saved one of the same code, in the caller's transaction or its own.
 */
@Service
public class WorkspaceSetup {

    /** The workspace-state key of the fingerprint of the set-up last applied. */
    static final String FINGERPRINT_KEY = WorkspaceStore.SETUP_FINGERPRINT;
    static final String DIMENSIONS = "catalogue/dimensions.csv";
    static final String INDICATORS = "catalogue/indicators.csv";
    static final String FORMULAS = "catalogue/formulas.csv";
    static final String CHECKS = "catalogue/checks.csv";

    private final WorkspaceStore workspaceStore;
    private final CatalogueLoader loader;
    private final Catalogue catalogue;
    private final Changes changes;
    private final Authorisation authorisation;

    WorkspaceSetup(WorkspaceStore workspaceStore, CatalogueLoader loader, Catalogue catalogue, Changes changes, Authorisation authorisation) {
        this.changes = changes;
        this.authorisation = authorisation;
        this.workspaceStore = workspaceStore;
        this.loader = loader;
        this.catalogue = catalogue;
    }

    /** Sets the workspace up, unless it is set up from exactly these files already; an admin's or manager's change, recorded. */
    @Transactional
    public SetupSummary apply(Actor by) {
        authorisation.require(by, Permission.CHANGE_SETTINGS, Action.SETUP, Area.WORKSPACE);
        String fingerprint = fingerprint();
        Optional<String> before = workspaceStore.state(FINGERPRINT_KEY);
        boolean upToDate = before.filter(fingerprint::equals).isPresent();
        if (!upToDate) {
            changes.record(by, Action.SETUP, Subject.of("workspace", "setup"), List.of(), before.<Map<String, ?>>map(f -> Map.of("fingerprint", f))
                    .orElse(Map.of()), Map.of("fingerprint", fingerprint), "");
            loader.loadStandardUnits();
            loader.loadFrameworks();
            loader.loadDimensions(SourceFile.resource(DIMENSIONS), by);
            loader.loadIndicators(SourceFile.resource(INDICATORS), by);
            loader.loadFormulas(SourceFile.resource(FORMULAS), by);
            // the general rules name no entity (they are evaluated for the organisation's root, whichever it is)
            loader.addCheckRules(SourceFile.resource(CHECKS), new OrganisationTree(List.of()), by);
            workspaceStore.putState(FINGERPRINT_KEY, fingerprint);
        }
        return new SetupSummary(upToDate, fingerprint, catalogue.units().units().size(), catalogue.frameworkItems().size(),
                catalogue.dimensions().size(), catalogue.indicators().size(), catalogue.formulas().size());
    }

    /** The classpath resources the set-up reads, in load order. */
    public static List<String> resources() {
        List<String> files = new ArrayList<>(List.of(UnitTable.STANDARD_GROUPS.substring(1), UnitTable.STANDARD_UNITS.substring(1)));
        files.addAll(CatalogueLoader.referenceResources());
        files.addAll(List.of(DIMENSIONS, INDICATORS, FORMULAS, CHECKS));
        return files;
    }

    /** SHA-256 over the name and content of every resource the set-up reads. */
    public static String fingerprint() {
        Fingerprint f = new Fingerprint();
        resources().forEach(r -> f.add(r, SourceFile.resource(r).sha256()));
        return f.hex();
    }
}
