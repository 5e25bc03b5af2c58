package org.esgledger.engine.ledger.surveys;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One returned customer-satisfaction questionnaire (a row of the survey ledger).
 *
 * @param customer pseudonymous customer code (a company's customer number, not a person's name)
 * @param valid    counted as a valid questionnaire
 * @param score    overall satisfaction, 0–100
 */
public record SurveyResponse(int year, String questionnaire, String customer, boolean valid, BigDecimal score) {

    public SurveyResponse {
        Objects.requireNonNull(questionnaire, "questionnaire");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(score, "score");
    }
}
