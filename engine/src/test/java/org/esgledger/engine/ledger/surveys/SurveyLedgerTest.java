package org.esgledger.engine.ledger.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.junit.jupiter.api.Test;

class SurveyLedgerTest {

    static final List<String> HEADER = List.of("调查年度", "问卷编号", "客户编码", "是否有效", "满意度得分");

    @SafeVarargs
    private static List<RowResult<SurveyResponse>> read(List<String> header, List<String>... rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(header);
        sheet.addAll(List.of(rows));
        LedgerTable table = LedgerTable.read(sheet, SurveyLedger.COLUMNS);
        RowReader<SurveyResponse> reader = new SurveysKind().reader(table.header(), SurveyFiguresTest.CONTEXT);
        return table.rows().stream().map(reader::read).toList();
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    private static SurveyResponse accepted(RowResult<SurveyResponse> result) {
        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted<SurveyResponse>) result).record();
    }

    private static List<String> problems(RowResult<SurveyResponse> result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected<SurveyResponse>) result).problems().stream().map(SurveyLedgerTest::problem).toList();
    }

    private static String problem(CellProblem p) {
        return p.column() + "=" + p.reason().key();
    }

    @Test
    void readsAValidAndAnInvalidQuestionnaire() {
        List<RowResult<SurveyResponse>> results = read(HEADER, row("2024", "Q2024-0001", "C10086", "是", "95"),
                row("2024", "Q2024-0002", "C10087", "无效", "40.5分"));
        assertThat(accepted(results.get(0))).isEqualTo(new SurveyResponse(2024, "Q2024-0001", "C10086", true, new BigDecimal("95")));
        SurveyResponse invalid = accepted(results.get(1));
        assertThat(invalid.valid()).isFalse();
        assertThat(invalid.score()).isEqualByComparingTo("40.5");
    }

    @Test
    void readsEnglishHeadersAndSynonyms() {
        SurveyResponse r = accepted(read(List.of("Year", "Questionnaire No.", "Customer ID", "有效问卷", "总分"),
                row("2023", "7", "ACME.01", "Yes", "88.25")).get(0));
        assertThat(r).isEqualTo(new SurveyResponse(2023, "7", "ACME.01", true, new BigDecimal("88.25")));
    }

    @Test
    void namesEachBadCellWithItsColumnAndMessage() {
        List<RowResult<SurveyResponse>> results = read(HEADER,
                row("二〇二四", "Q1", "C1", "是", "95"),
                row("1999", "Q1", "C1", "是", "95"),
                row("2024", "", "C1", "是", "95"),
                row("2024", "Q1", "张 三", "是", "95"),
                row("2024", "Q1", "C1", "也许", "95"),
                row("2024", "Q1", "C1", "是", "101"),
                row("2024", "Q1", "C1", "是", "95%"),
                row("2024", "Q1", "C1", "是", "good"),
                row("2024", "Q1", "C1", "是", ""));
        assertThat(results).map(SurveyLedgerTest::problems).containsExactly(
                List.of("year=cell.notANumber"),
                List.of("year=supplier.year"),
                List.of("questionnaire=cell.empty"),
                List.of("customer=survey.customer"),
                List.of("valid=ledger.notInList"),
                List.of("score=supplier.score"),
                List.of("score=supplier.score"),
                List.of("score=cell.notANumber"),
                List.of("score=cell.empty"));
    }

    @Test
    void refusesAQuestionnaireNumberedTwiceInAYearButNotInAnotherYear() {
        List<RowResult<SurveyResponse>> results = read(HEADER,
                row("2024", "Q1", "C1", "是", "95"),
                row("2023", "Q1", "C1", "是", "95"),
                row("2024", "Q1", "C2", "否", "60"));
        accepted(results.get(0));
        accepted(results.get(1));
        assertThat(problems(results.get(2))).containsExactly("questionnaire=survey.duplicate");
        assertThat(results.get(2).row()).isEqualTo(4);
    }

    @Test
    void aRejectedRowDoesNotTakeItsQuestionnairesNumber() {
        List<RowResult<SurveyResponse>> results = read(HEADER,
                row("2024", "Q1", "C1", "是", "120"),
                row("2024", "Q1", "C1", "是", "95"));
        problems(results.get(0));
        accepted(results.get(1));
    }
}
