package org.esgledger.app.catalogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.UntilNextChange;
import org.esgledger.app.catalogue.internal.CatalogueStore;
import org.esgledger.app.catalogue.internal.DefinitionStore;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.FrameworkItem;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.check.CheckRule;
import org.esgledger.engine.formula.FormulaSet;
import org.esgledger.engine.target.Target;
import org.esgledger.engine.unit.UnitCatalogue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the workspace knows: units, breakdown dimensions, framework items and indicators. */
@Service
@Transactional(readOnly = true)
public class Catalogue {

    private static final UntilNextChange.Key INDICATORS = new UntilNextChange.Key(Catalogue.class, "indicators");
    private static final UntilNextChange.Key FORMULA_ROWS = new UntilNextChange.Key(Catalogue.class, "formulaRows");

    private final CatalogueStore store;
    private final DefinitionStore definitions;
    private final UntilNextChange kept;

    Catalogue(CatalogueStore store, DefinitionStore definitions, UntilNextChange kept) {
        this.store = store;
        this.definitions = definitions;
        this.kept = kept;
    }

    /** The saved formulas, checked together and in evaluation order. */
    public FormulaSet formulas() {
        return FormulaSet.of(definitions.formulas(), indicatorsByCode(), dimensions());
    }

    /** Formula rows as saved (indicator, formula, version, note), for listing. */
    public List<List<String>> formulaRows() {
        return kept.get(FORMULA_ROWS, () -> List.copyOf(definitions.formulaRows()));
    }

    public List<CheckRule> checkRules() {
        return definitions.checkRules();
    }

    public List<Target> targets() {
        return definitions.targets();
    }

    /** Indicators consolidated by equity share. */
    public Set<String> equityShare() {
        return definitions.equityShare();
    }

    /** SHA-256 of everything that defines how figures are computed (indicators, formulas, rules, targets). */
    public String digest() {
        return definitions.digest();
    }

    public UnitCatalogue units() {
        return store.units();
    }

    public Map<String, Dimension> dimensions() {
        return store.dimensions();
    }

    public List<FrameworkItem> frameworkItems() {
        return store.frameworkItems();
    }

    /**
     * In the catalogue's order; kept until the next recorded change (an indicator, dimension or formula load is one), as the
     * formula rows. Not the units: the standard units are saved at set-up without a record.
     */
    public List<Indicator> indicators() {
        return kept.get(INDICATORS, () -> List.copyOf(store.indicators()));
    }

    /** The indicators by code. */
    public Map<String, Indicator> indicatorsByCode() {
        Map<String, Indicator> byCode = new HashMap<>();
        indicators().forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    public Optional<Indicator> indicator(String code) {
        return indicators().stream().filter(i -> i.code().equals(code)).findFirst();
    }
}
