package org.esgledger.app.ledger.internal;

import java.util.Set;

import org.esgledger.engine.ledger.suppliers.Supplier;
import org.esgledger.engine.ledger.suppliers.SuppliersKind;
import org.springframework.stereotype.Component;

/**
 * The supplier ledger's records, in {@code supplier_record}: the twelve monthly scores as one
 * {@code numeric[]} (null where not scored), the signed agreements as one {@code text[]} in the
 * order of {@link Supplier#AGREEMENTS}.
 */
@Component
class SupplierRecords extends KindRecords<Supplier> {

    private static final RecordTable<Supplier> TABLE = RecordTable.<Supplier>named("supplier_record")
            .text("supplier_id", Supplier::id).text("name", Supplier::name)
            .integer("fiscal_year", Supplier::year)
            .text("category", Supplier::category)
            .quantity("spend", "spend_unit", Supplier::spend)
            .text("risk", Supplier::risk)
            .optionalDecimal("audit_score", Supplier::auditScore)
            .optionalDecimals("scores", Supplier::monthlyScores)
            .texts("agreements", s -> Supplier.AGREEMENTS.stream().filter(s::signed).toList())
            .reading(v -> new Supplier(v.text("supplier_id"), v.text("name"), v.integer("fiscal_year"), v.text("category"),
                    v.quantity("spend", "spend_unit"), v.text("risk"), v.optionalDecimal("audit_score"),
                    v.optionalDecimals("scores"), Set.copyOf(v.texts("agreements"))));

    SupplierRecords() {
        super(new SuppliersKind(), TABLE);
    }
}
