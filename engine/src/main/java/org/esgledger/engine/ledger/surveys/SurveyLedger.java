package org.esgledger.engine.ledger.surveys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.esgledger.engine.ledger.CellNumbers;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.CellReaders;
import org.esgledger.engine.ledger.CellValueException;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.ledger.Vocabulary;

/** The customer-satisfaction survey ledger (客户满意度调查台账): one row per returned questionnaire. */
public final class SurveyLedger {

    public static final String KIND = "surveys";

    public static final Vocabulary YES_NO = Vocabulary.pairs(
            "yes", List.of("是", "Yes", "有效", "Y", "true", "1"),
            "no", List.of("否", "No", "无效", "N", "false", "0"));

    /** Declared after the vocabulary its validity column takes its values from. */
    public static final List<Column> COLUMNS = List.of(
            Column.required("year", "调查年度", "Year", "年度", "年份"),
            Column.required("questionnaire", "问卷编号", "Questionnaire No.", "问卷号", "编号"),
            Column.required("customer", "客户编码", "Customer code", "客户编号", "客户代码", "Customer ID"),
            Column.required("valid", "是否有效", "Valid", "有效问卷").withValues(YES_NO),
            Column.required("score", "满意度得分", "Satisfaction score", "得分", "总分", "Score"));

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    private SurveyLedger() {
    }

    /** Reads rows one at a time (for streaming); keeps what it needs to refuse repeated keys. */
    public static RowReader<SurveyResponse> reader(LedgerTable.Header header) {
        Map<String, Integer> seen = new HashMap<>();
        return row -> {
            List<CellProblem> problems = new ArrayList<>();
            CellReaders cells = new CellReaders(row, problems);
            Integer year = cells.year("year");
            String questionnaire = cells.text("questionnaire", true);
            String customer = cells.text("customer", true);
            if (!customer.isEmpty() && !CODE.matcher(customer).matches()) {
                problems.add(CellProblem.of("customer", "survey.customer", customer));
            }
            String valid = cells.coded("valid", YES_NO, true);
            BigDecimal score = null;
            try {
                CellNumbers.Reading r = CellNumbers.read(row.get("score"));
                if (r.value().signum() < 0 || r.value().compareTo(BigDecimal.valueOf(100)) > 0
                        || !(r.unitText().isEmpty() || r.unitText().equals("分"))) {
                    problems.add(CellProblem.of("score", "supplier.score", row.get("score")));
                } else {
                    score = r.value();
                }
            } catch (CellValueException e) {
                problems.add(new CellProblem("score", e.problem()));
            }
            if (problems.isEmpty()) {
                Integer first = seen.putIfAbsent(year + "/" + questionnaire, row.number());
                if (first != null) {
                    problems.add(CellProblem.of("questionnaire", "survey.duplicate", questionnaire, String.valueOf(year), first));
                }
            }
            if (!problems.isEmpty()) {
                return new RowResult.Rejected<>(row.number(), problems);
            }
            return new RowResult.Accepted<>(row.number(), new SurveyResponse(year, questionnaire, customer, valid.equals("yes"), score));
        };
    }
}
