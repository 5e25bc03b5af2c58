package org.esgledger.engine.ledger.emissions;

import java.util.List;
import java.util.Set;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.ghg.GhgException;
import org.esgledger.engine.ghg.Gwp;
import org.esgledger.engine.ghg.InventoryLine;
import org.esgledger.engine.ghg.OtherEmissions;
import org.esgledger.engine.ghg.Scope;
import org.esgledger.engine.ghg.StandardFactors;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Totals;

/**
 * The figures of the other-emission-sources ledger (docs/ghg.md): per entity and year, refrigerant
 * top-ups and process emissions as scope 1 by source, the scope 3 activities as scope 3 by category,
 * in tonnes CO2e, each naming its factors (with the rule that chose them and the row's data
 * quality) and the GWP set. A figure with a row whose gas the GWP set lacks is not available, with
 * the reason; any other problem is a {@code LedgerRowException} naming
 * the row and its column.
 */
public final class EmissionFigures {

    public static final String SCOPE_1 = "ghg_scope1_emissions";
    public static final String SCOPE_3 = "ghg_scope3_emissions";

    private EmissionFigures() {
    }

    /** Every indicator the ledger yields. */
    public static Set<String> indicators() {
        return Set.of(SCOPE_1, SCOPE_3);
    }

    /** @param gwpSet the IPCC assessment whose GWPs refrigerants are converted with (AR6, …) */
    public static List<ComputedFact> of(LedgerRows<EmissionActivity> rows, LedgerContext context, String gwpSet) {
        OtherEmissions inventory = new OtherEmissions(StandardFactors.LIBRARY, Gwp.standard(), gwpSet, context.units());
        Totals totals = new Totals();
        rows.forEach(row -> add(totals, line(inventory, row), row));
        return totals.facts(context::unitOf, used -> "other emission sources ledger; GWP " + gwpSet + "; factors: " + used);
    }

    private static InventoryLine line(OtherEmissions inventory, LedgerRow<EmissionActivity> row) {
        try {
            return inventory.line(row.record(), row.batch(), row.row());
        } catch (GhgException e) {
            throw e.onRow(row, "factor");
        }
    }

    /** A row's emissions in tonnes (or why they are not available) into scope 1 by source or scope 3 by category. */
    private static void add(Totals totals, InventoryLine line, LedgerRow<EmissionActivity> row) {
        boolean direct = line.in(Scope.ONE);
        Breakdown breakdown = Breakdown.of(direct ? "emission_source" : "scope3_category", line.carrier());
        FactKey key = Totals.key(direct ? SCOPE_1 : SCOPE_3, line.entity(), line.month().getYear(), breakdown);
        if (line.notAvailable().isPresent()) {
            totals.notAvailable(key, line.notAvailable().get(), row);
        } else {
            totals.add(key, line.co2eKg().movePointLeft(3), row);
            totals.used(key, line.factorId() + " (" + line.rule().en() + ", data quality " + row.record().dataQuality() + ")");
        }
    }
}
