package org.esgledger.app.catalogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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
 * runs in the caller's transaction, or its own.
 */
@Service
public class CatalogueLoader {

    private final CatalogueStore store;
    private final DefinitionStore definitions;

    CatalogueLoader(CatalogueStore store, DefinitionStore definitions) {
        this.store = store;
        this.definitions = definitions;
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
    public List<Dimension> loadDimensions(SourceFile file) {
        Problems problems = new Problems(file.shortName());
        List<Dimension> dimensions = DimensionFile.read(file, problems);
        problems.throwIfAny();
        dimensions.forEach(store::saveDimension);
        return dimensions;
    }

    /**
     * Loads an indicator file ({@code docs/formats/indicators.md}); each indicator replaces the saved
     * one of the same code where it stands, new ones go after those saved, in file order. The
     * catalogue version recorded with each is the first 12 hex digits of the file's SHA-256.
     */
    @Transactional
    public List<Indicator> loadIndicators(SourceFile file) {
        Problems problems = new Problems(file.shortName());
        Set<FrameworkRef> known = new HashSet<>();
        store.frameworkItems().forEach(i -> known.add(i.ref()));
        Map<String, String> consolidation = new HashMap<>();
        List<Indicator> indicators = IndicatorFile.read(file, store.units(), store.dimensions(), known, problems, consolidation);
        problems.throwIfAny();
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
    public List<Formula> loadFormulas(SourceFile file) {
        Problems problems = new Problems(file.shortName());
        Map<String, Indicator> indicators = indicatorsByCode();
        List<FormulaFile.Entry> entries = FormulaFile.read(file, indicators, store.dimensions(), definitions.formulas(), problems);
        problems.throwIfAny();
        int ordinal = definitions.formulas().size();
        for (FormulaFile.Entry e : entries) {
            definitions.saveFormula(e, ++ordinal);
        }
        return entries.stream().map(FormulaFile.Entry::formula).toList();
    }

    /** Replaces the consistency rules kept as data ({@code docs/formats/checks.md}). */
    @Transactional
    public List<CheckRule> loadCheckRules(SourceFile file, OrganisationTree tree) {
        List<CheckRule> rules = checkRules(file, tree);
        definitions.replaceCheckRules(rules);
        return rules;
    }

    /**
     * Adds consistency rules to those saved ({@code docs/formats/checks.md}): a rule whose id is
     * saved already is replaced where it stands, the others go after the saved ones.
     */
    @Transactional
    public List<CheckRule> addCheckRules(SourceFile file, OrganisationTree tree) {
        List<CheckRule> rules = checkRules(file, tree);
        definitions.saveCheckRules(rules);
        return rules;
    }

    private List<CheckRule> checkRules(SourceFile file, OrganisationTree tree) {
        Problems problems = new Problems(file.shortName());
        List<CheckRule> rules = CheckRuleFile.read(file, indicatorsByCode(), tree, store.units(), problems);
        problems.throwIfAny();
        return rules;
    }

    /** Replaces the targets ({@code docs/formats/targets.md}). */
    @Transactional
    public List<Target> loadTargets(SourceFile file, OrganisationTree tree) {
        Problems problems = new Problems(file.shortName());
        Map<String, Indicator> indicators = indicatorsByCode();
        List<Target> targets = TargetFile.read(file, indicators, tree, store.units(), problems);
        problems.throwIfAny();
        definitions.replaceTargets(targets);
        return targets;
    }

    private Map<String, Indicator> indicatorsByCode() {
        Map<String, Indicator> indicators = new HashMap<>();
        store.indicators().forEach(i -> indicators.put(i.code(), i));
        return indicators;
    }
}
