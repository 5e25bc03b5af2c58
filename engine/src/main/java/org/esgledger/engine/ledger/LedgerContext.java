package org.esgledger.engine.ledger;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * What ledger rows are checked against and figures computed with: the organisation, the
 * catalogue's dimensions, units and indicators (each with its unit), and the plausibility limits.
 */
public record LedgerContext(OrganisationTree organisation, Map<String, Dimension> dimensions, UnitCatalogue units,
                            Map<String, String> indicatorUnits, Plausibility plausibility) {

    public LedgerContext {
        dimensions = Map.copyOf(dimensions);
        indicatorUnits = Map.copyOf(indicatorUnits);
    }

    /** The indicators of the catalogue. */
    public Set<String> indicators() {
        return indicatorUnits.keySet();
    }

    /** The unit the catalogue reports an indicator in; a kind only yields indicators the catalogue has. */
    public String unitOf(String indicator) {
        String unit = indicatorUnits.get(indicator);
        if (unit == null) {
            throw new IllegalArgumentException("not in the catalogue: " + indicator);
        }
        return unit;
    }

    /** The entity a cell names, by code or name. */
    public Optional<String> entity(String text) {
        return organisation.entities().stream().filter(e -> e.answersTo(text)).map(ReportingEntity::code).findFirst();
    }

    /** The organisation's root entity, which group-wide figures are reported for. */
    public String root() {
        return organisation.root().map(ReportingEntity::code).orElseThrow();
    }

    /** A member of a dimension named by its code, zh or en name. */
    public Optional<String> member(String dimension, String text) {
        Dimension d = dimensions.get(dimension);
        if (d == null) {
            return Optional.empty();
        }
        String t = CellText.fold(text);
        return d.members().stream().filter(m -> m.code().equals(t) || CellText.fold(m.name().zh()).equals(t)
                || CellText.fold(m.name().en()).equalsIgnoreCase(t)).map(Dimension.Member::code).findFirst();
    }
}
