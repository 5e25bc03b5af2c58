package org.esgledger.engine.ledger.surveys;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerKind;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.unit.UnitCatalogue;

/** The customer-satisfaction survey ledger ({@code docs/formats/surveys.md}) as a ledger kind. */
public final class SurveysKind extends LedgerKind<SurveyResponse> {

    public SurveysKind() {
        super(SurveyLedger.KIND, SurveyLedger.COLUMNS, SurveyFigures.indicators());
    }

    public RowReader<SurveyResponse> reader(LedgerTable.Header header, LedgerContext context) {
        return SurveyLedger.reader(header);
    }

    public List<ComputedFact> figures(LedgerRows<SurveyResponse> rows, LedgerContext context) {
        return SurveyFigures.of(rows, context);
    }

    public List<String> cells(SurveyResponse r, UnitCatalogue units) {
        return List.of(String.valueOf(r.year()), r.questionnaire(), r.customer(), SurveyLedger.YES_NO.label(r.valid() ? "yes" : "no"),
                r.score().toPlainString());
    }

    public SurveyResponse example(UnitCatalogue units) {
        return new SurveyResponse(2024, "Q2024-0001", "C10086", true, new BigDecimal("95"));
    }
}
