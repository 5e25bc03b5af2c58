package org.esgledger.engine.ledger.suppliers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Totals;

/**
 * The figures of the supplier ledger: per fiscal year, for the root entity, the number of suppliers
 * and how many of them signed the integrity agreement (the signing rate is their ratio, a formula
 * of the calculation engine). Each row is one supplier in one year and counts as one: a file
 * naming a supplier twice for a year is refused by {@link SupplierLedger}; rows of different
 * batches in force are not matched against each other.
 */
public final class SupplierFigures {

    public static final String TOTAL = "suppliers_total";
    public static final String INTEGRITY_SIGNED = "suppliers_integrity_agreement_signed";

    private SupplierFigures() {
    }

    /** Every indicator the ledger yields. */
    public static Set<String> indicators() {
        return Set.of(TOTAL, INTEGRITY_SIGNED);
    }

    public static List<ComputedFact> of(LedgerRows<Supplier> rows, LedgerContext context) {
        String root = context.root();
        Totals totals = new Totals();
        rows.forEach(row -> {
            Supplier s = row.record();
            totals.add(Totals.key(TOTAL, root, s.year(), Breakdown.TOTAL), BigDecimal.ONE, row);
            if (s.signed("integrity")) {
                totals.add(Totals.key(INTEGRITY_SIGNED, root, s.year(), Breakdown.TOTAL), BigDecimal.ONE, row);
            }
        });
        return totals.facts(context::unitOf, used -> "supplier ledger");
    }
}
