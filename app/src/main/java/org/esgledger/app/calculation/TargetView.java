package org.esgledger.app.calculation;

import java.math.BigDecimal;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.target.TargetStatus;

/**
 * A target's status for a year, next to what the report declared.
 *
 * @param actual   the figure the target was judged by, in {@code unit}; empty when it could not be judged
 * @param declared the status the report declares, as written in the catalogue
 */
public record TargetView(String id, Bilingual subject, TargetStatus.State status, Optional<BigDecimal> actual, String unit,
                         String declared, Bilingual explanation) {
}
