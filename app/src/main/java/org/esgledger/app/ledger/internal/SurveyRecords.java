package org.esgledger.app.ledger.internal;

import org.esgledger.engine.ledger.surveys.SurveyResponse;
import org.esgledger.engine.ledger.surveys.SurveysKind;
import org.springframework.stereotype.Component;

/** The customer-satisfaction survey ledger's records, in {@code survey_record}. */
@Component
class SurveyRecords extends KindRecords<SurveyResponse> {

    private static final RecordTable<SurveyResponse> TABLE = RecordTable.<SurveyResponse>named("survey_record")
            .integer("survey_year", SurveyResponse::year)
            .text("questionnaire", SurveyResponse::questionnaire)
            .text("customer", SurveyResponse::customer)
            .flag("valid", SurveyResponse::valid)
            .decimal("score", SurveyResponse::score)
            .reading(v -> new SurveyResponse(v.integer("survey_year"), v.text("questionnaire"), v.text("customer"),
                    v.flag("valid"), v.decimal("score")));

    SurveyRecords() {
        super(new SurveysKind(), TABLE);
    }
}
