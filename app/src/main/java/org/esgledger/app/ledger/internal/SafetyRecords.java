package org.esgledger.app.ledger.internal;

import org.esgledger.engine.ledger.safety.SafetyKind;
import org.esgledger.engine.ledger.safety.SafetyMonth;
import org.springframework.stereotype.Component;

/** The safety statistics' records, in {@code safety_record}. */
@Component
class SafetyRecords extends KindRecords<SafetyMonth> {

    private static final RecordTable<SafetyMonth> TABLE = RecordTable.<SafetyMonth>named("safety_record")
            .text("entity_code", SafetyMonth::entity)
            .month("month", SafetyMonth::month)
            .quantity("hours_worked", "hours_unit", SafetyMonth::hoursWorked)
            .count("accidents", SafetyMonth::accidents)
            .count("injuries", SafetyMonth::injuries)
            .count("fatalities", SafetyMonth::fatalities)
            .count("lost_days", SafetyMonth::lostDays)
            .quantity("investment", "investment_unit", SafetyMonth::investment)
            .reading(v -> new SafetyMonth(v.text("entity_code"), v.month("month"), v.quantity("hours_worked", "hours_unit"),
                    v.count("accidents"), v.count("injuries"), v.count("fatalities"), v.count("lost_days"),
                    v.quantity("investment", "investment_unit")));

    SafetyRecords() {
        super(new SafetyKind(), TABLE);
    }
}
