package org.esgledger.engine.calc;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.formula.FormulaSet;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * What a calculation needs besides the numbers: the indicators (units, aggregation rules,
 * decimals), the breakdown dimensions (to know when a breakdown is complete), the formulas, the entity tree with its boundary and ownership shares, and the
 * units.
 *
 * @param equityShare indicators consolidated by equity share: a subsidiary's value counts with
 *                    the ownership share held in it (all others: operational control, 100 %)
 */
public record CalculationModel(Map<String, Indicator> indicators, Map<String, Dimension> dimensions, FormulaSet formulas,
                               Set<String> equityShare, OrganisationTree tree, UnitCatalogue units) {

    public CalculationModel {
        indicators = Map.copyOf(indicators);
        dimensions = Map.copyOf(dimensions);
        Objects.requireNonNull(formulas, "formulas");
        equityShare = Set.copyOf(equityShare);
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(units, "units");
    }
}
