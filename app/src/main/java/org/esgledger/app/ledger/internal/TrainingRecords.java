package org.esgledger.app.ledger.internal;

import org.esgledger.engine.ledger.training.TrainingKind;
import org.esgledger.engine.ledger.training.TrainingSession;
import org.springframework.stereotype.Component;

/** The training sessions' records, in {@code training_record}. */
@Component
class TrainingRecords extends KindRecords<TrainingSession> {

    private static final RecordTable<TrainingSession> TABLE = RecordTable.<TrainingSession>named("training_record")
            .date("held_on", TrainingSession::date)
            .text("entity_code", TrainingSession::entity)
            .text("course", TrainingSession::course)
            .text("type", TrainingSession::type)
            .text("provider", TrainingSession::provider)
            .text("delivery", TrainingSession::delivery)
            .quantity("hours", "hours_unit", TrainingSession::hours)
            .count("participants", TrainingSession::participants)
            .quantity("cost", "cost_unit", TrainingSession::cost)
            .reading(v -> new TrainingSession(v.date("held_on"), v.text("entity_code"), v.text("course"), v.text("type"),
                    v.text("provider"), v.text("delivery"), v.quantity("hours", "hours_unit"), v.count("participants"),
                    v.quantity("cost", "cost_unit")));

    TrainingRecords() {
        super(new TrainingKind(), TABLE);
    }
}
