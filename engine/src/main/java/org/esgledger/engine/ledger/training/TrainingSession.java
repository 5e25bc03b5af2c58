package org.esgledger.engine.ledger.training;

import java.time.LocalDate;
import java.util.Objects;

import org.esgledger.engine.unit.Quantity;

/**
 * One training session (a row of the training ledger).
 *
 * @param type         course category, e.g. {@code infosec}, {@code quality}, {@code safety}
 * @param provider     {@code internal} or {@code external} (members of dimension {@code training_type})
 * @param delivery     {@code online} or {@code offline}
 * @param hours        duration of the session
 * @param participants person-times attending
 * @param cost         what the session cost, zero when nothing
 */
public record TrainingSession(LocalDate date, String entity, String course, String type, String provider, String delivery,
                              Quantity hours, long participants, Quantity cost) {

    public TrainingSession {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(cost, "cost");
        course = course == null ? "" : course;
        if (participants < 0) {
            throw new IllegalArgumentException("participants must not be negative");
        }
    }
}
