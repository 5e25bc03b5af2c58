package org.esgledger.app.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.FileLoad;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.catalogue.internal.CatalogueStore;
import org.esgledger.app.catalogue.internal.CheckRuleFile;
import org.esgledger.app.catalogue.internal.DefinitionStore;
import org.esgledger.app.catalogue.internal.DimensionFile;
import org.esgledger.app.catalogue.internal.FormulaFile;
import org.esgledger.app.catalogue.internal.FrameworkFiles;
import org.esgledger.app.catalogue.internal.IndicatorFile;
import org.esgledger.app.catalogue.internal.TargetFile;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.FrameworkItem;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.check.CheckRule;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.target.Target;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the catalogue: the standard units, the framework reference data, breakdown dimensions and
 * indicators. Each load checks the whole file first and writes nothing if any row is wrong; each
 * runs in the caller's transaction, or its own. A file is loaded by an actor who may
 * ({@link Permission#CHANGE_CATALOGUE}, targets {@link Permission#SET_TARGETS}) and recorded in the audit
 * trail as one {@code load} event (subject {@code catalogue KIND}) with the file, its SHA-256 and what it
 * added, replaced and removed ({@link FileLoad}).
 */
@Service
public class CatalogueLoader {

    private final CatalogueStore store;
    private final DefinitionStore definitions;
    private final Authorisation authorisation;
    private final Changes changes;

    CatalogueLoader(CatalogueStore store, DefinitionStore definitions, Authorisation authorisation, Changes changes) {
        this.store = store;
        this.definitions = definitions;
        this.authorisation = authorisation;
        this.changes = changes;
    }

    /** The classpath resources the catalogue's reference data is read from. */
    public static List<String> referenceResources() {
        return FrameworkFiles.FILES.stream().map(f -> FrameworkFiles.FOLDER + f).toList();
    }

    @Transactional
    public int loadStandardUnits() {
        UnitCatalogue standard = UnitTable.standard();
        store.saveUnits(standard.groups(), standard.units());
        return standard.units().size();
    }

    @Transactional
    public Map<String, Long> loadFrameworks() {
        List<FrameworkItem> items = FrameworkFiles.read();
        store.saveFrameworkItems(items);
        return items.stream().collect(Collectors.groupingBy(i -> i.framework().name(), TreeMap::new, Collectors.counting()));
    }

    @Transactional
    public List<Dimension> loadDimensions(SourceFile file, Actor by) {
        authorisation.require(by, Permission.CHANGE_CATALOGUE, Action.LOAD, Area.WORKSPACE);
        Problems problems = new Problems(file.shortName());
        List<Dimension> dimensions = DimensionFile.read(file, problems);
        problems.throwIfAny();
        record(by, "dimensions", new FileLoad(file.shortName(), file.sha256(), dimensions.size(), store.dimensions().keySet(),
                dimensions.stream().map(Dimension::code).toList(), false), List.of());
        dimensions.forEach(store::saveDimension);
        return dimensions;
    }

    /**
     * Loads an indicator file ({@code docs/formats/indicators.md}); each indicator replaces the saved
     * one of the same code where it stands, new ones go after those saved, in file order. The
     * catalogue version recorded with each is the first 12 hex digits of the file's SHA-256.
     */
    @Transactional
    public List<Indicator> loadIndicators(SourceFile file, Actor by) {
        authorisation.require(by, Permission.CHANGE_CATALOGUE, Action.LOAD, Area.WORKSPACE);
        Problems problems = new Problems(file.shortName());
        Set<FrameworkRef> known = new HashSet<>();
        store.frameworkItems().forEach(i -> known.add(i.ref()));
        Map<String, String> consolidation = new HashMap<>();
        List<Indicator> indicators = IndicatorFile.read(file, store.units(), store.dimensions(), known, problems, consolidation);
        problems.throwIfAny();
        record(by, "indicators", new FileLoad(file.shortName(), file.sha256(), indicators.size(), indicatorsByCode().keySet(),
                indicators.stream().map(Indicator::code).toList(), false), List.of());
        String version = file.sha256().substring(0, 12);
        for (Indicator i : indicators) {
            store.saveIndicator(i, version);
            definitions.saveConsolidation(i.code(), consolidation.get(i.code()));
        }
        return indicators;
    }

    /**
     * Loads formulas of derived indicators ({@code docs/formats/formulas.md}). They are checked
     * together with the formulas already saved: a syntax error, an unknown indicator or member, a
     * unit mismatch or a cycle refuses the whole file with the row, column and position.
     */
    @Transactional
    public List<Formula> loadFormulas(SourceFile file, Actor by) {
        authorisation.require(by, Permission.CHANGE_CATALOGUE, Action.LOAD, Area.WORKSPACE);
        Problems problems = new Problems(file.shortName());
        Map<String, Indicator> indicators = indicatorsByCode();
        List<FormulaFile.Entry> entries = FormulaFile.read(file, indicators, store.dimensions(), definitions.formulas(), problems);
        problems.throwIfAny();
        record(by, "formulas", new FileLoad(file.shortName(), file.sha256(), entries.size(),
                definitions.formulas().stream().map(Formula::indicator).collect(Collectors.toSet()),
                entries.stream().map(e -> e.formula().indicator()).toList(), false), List.of());
        int ordinal = definitions.formulas().size();
        for (FormulaFile.Entry e : entries) {
            definitions.saveFormula(e, ++ordinal);
        }
        return entries.stream().map(FormulaFile.Entry::formula).toList();
    }

    /** Replaces the consistency rules kept as data ({@code docs/formats/checks.md}). */
    @Transactional
    public List<CheckRule> loadCheckRules(SourceFile file, OrganisationTree tree, Actor by) {
        List<CheckRule> rules = checkRules(file, tree, by, true);
        definitions.replaceCheckRules(rules);
        return rules;
    }

    /**
     * Adds consistency rules to those saved ({@code docs/formats/checks.md}): a rule whose id is
     * saved already is replaced where it stands, the others go after the saved ones.
     */
    @Transactional
    public List<CheckRule> addCheckRules(SourceFile file, OrganisationTree tree, Actor by) {
        List<CheckRule> rules = checkRules(file, tree, by, false);
        definitions.saveCheckRules(rules);
        return rules;
    }

    private List<CheckRule> checkRules(SourceFile file, OrganisationTree tree, Actor by, boolean replacesAll) {
        authorisation.require(by, Permission.CHANGE_CATALOGUE, Action.LOAD, Area.WORKSPACE);
        Problems problems = new Problems(file.shortName());
        List<CheckRule> rules = CheckRuleFile.read(file, indicatorsByCode(), tree, store.units(), problems);
        problems.throwIfAny();
        record(by, "checks", new FileLoad(file.shortName(), file.sha256(), rules.size(),
                definitions.checkRules().stream().map(CheckRule::id).collect(Collectors.toSet()), rules.stream().map(CheckRule::id).toList(),
                replacesAll), rules.stream().map(CheckRule::entity).filter(e -> !e.isEmpty()).distinct().sorted().toList());
        return rules;
    }

    /** Replaces the targets ({@code docs/formats/targets.md}). */
    @Transactional
    public List<Target> loadTargets(SourceFile file, OrganisationTree tree, Actor by) {
        authorisation.require(by, Permission.SET_TARGETS, Action.LOAD, Area.WORKSPACE);
        Problems problems = new Problems(file.shortName());
        Map<String, Indicator> indicators = indicatorsByCode();
        List<Target> targets = TargetFile.read(file, indicators, tree, store.units(), problems);
        problems.throwIfAny();
        record(by, "targets", new FileLoad(file.shortName(), file.sha256(), targets.size(),
                definitions.targets().stream().map(Target::id).collect(Collectors.toSet()), targets.stream().map(Target::id).toList(), true),
                targets.stream().map(Target::entity).filter(e -> !e.isEmpty()).distinct().sorted().toList());
        definitions.replaceTargets(targets);
        return targets;
    }

    /** One {@code load} event for the file, subject {@code catalogue KIND}, touching these entities. */
    private void record(Actor by, String kind, FileLoad load, List<String> entities) {
        changes.record(by, Action.LOAD, Subject.of("catalogue", kind), entities, load.before(), load.after(), "");
    }

    private Map<String, Indicator> indicatorsByCode() {
        Map<String, Indicator> indicators = new HashMap<>();
        store.indicators().forEach(i -> indicators.put(i.code(), i));
        return indicators;
    }
}
