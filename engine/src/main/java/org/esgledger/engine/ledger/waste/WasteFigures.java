package org.esgledger.engine.ledger.waste;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Totals;

/**
 * The figures of the waste ledger: per entity and year, hazardous waste by waste type, general
 * industrial waste by waste type, and hazardous waste handed to a licensed handler (disposed of
 * compliantly, in total), each in the catalogue's unit of the indicator (tonnes).
 */
public final class WasteFigures {

    public static final String HAZARDOUS = "hazardous_waste_quantity";
    public static final String GENERAL = "general_industrial_waste_treated";
    public static final String DISPOSED_COMPLIANTLY = "hazardous_waste_disposed_compliantly";
    /** The dimension the quantities are broken down by. */
    public static final String WASTE_TYPE = "waste_type";

    private WasteFigures() {
    }

    /** Every indicator the ledger yields. */
    public static Set<String> indicators() {
        return Set.of(HAZARDOUS, GENERAL, DISPOSED_COMPLIANTLY);
    }

    public static List<ComputedFact> of(LedgerRows<WasteRecord> rows, LedgerContext context) {
        Totals totals = new Totals();
        rows.forEach(row -> add(totals, row, context));
        return totals.facts(context::unitOf, used -> "waste ledger");
    }

    private static void add(Totals totals, LedgerRow<WasteRecord> row, LedgerContext context) {
        WasteRecord w = row.record();
        int year = w.date().getYear();
        String indicator = w.hazardous() ? HAZARDOUS : GENERAL;
        totals.add(Totals.key(indicator, w.entity(), year, Breakdown.of(WASTE_TYPE, w.wasteType())), in(w, indicator, context), row);
        if (w.disposedCompliantly()) {
            totals.add(Totals.key(DISPOSED_COMPLIANTLY, w.entity(), year, Breakdown.TOTAL), in(w, DISPOSED_COMPLIANTLY, context), row);
        }
    }

    /** The record's quantity in the unit the catalogue reports the indicator in. */
    private static BigDecimal in(WasteRecord w, String indicator, LedgerContext context) {
        return context.units().convert(w.quantity(), context.unitOf(indicator)).value();
    }
}
