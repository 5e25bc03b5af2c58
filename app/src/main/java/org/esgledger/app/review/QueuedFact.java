package org.esgledger.app.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A fact in a review queue: its key's parts, its value and the prior fiscal year's value of the same indicator, entity,
 * breakdown and nature (when the fact is of a whole year and that value is stored), who entered it and who took the last step.
 *
 * @param by     who submitted it (waiting for review) or rejected it (returned)
 * @param reason the rejection's reason (returned); empty while waiting
 */
public record QueuedFact(String id, String indicator, Bilingual name, String entity, String period, String breakdown, String value,
                         Optional<BigDecimal> number, String unit, String prior, Optional<BigDecimal> priorNumber, String priorUnit,
                         String enteredBy, String by, Instant at, String reason) {

    /** The change against the prior year, when both are numbers in the same unit. */
    public Optional<BigDecimal> change() {
        if (number.isEmpty() || priorNumber.isEmpty() || !unit.equals(priorUnit)) {
            return Optional.empty();
        }
        return Optional.of(number.get().subtract(priorNumber.get()));
    }

    /** The change in percent of the prior year's value (one decimal), when there is one and the prior value is not zero. */
    public Optional<BigDecimal> changePercent() {
        return change().filter(c -> priorNumber.get().signum() != 0)
                .map(c -> c.multiply(BigDecimal.valueOf(100)).divide(priorNumber.get().abs(), MathContext.DECIMAL64)
                        .setScale(1, RoundingMode.HALF_UP));
    }
}
