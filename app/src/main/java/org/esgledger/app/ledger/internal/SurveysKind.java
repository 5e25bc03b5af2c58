package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.surveys.SurveyLedger;
import org.esgledger.engine.ledger.surveys.SurveyResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The customer-satisfaction survey ledger ({@code docs/formats/surveys.md}). Yields per survey year,
 * for the root entity, the valid questionnaires, the customers who returned one, and their average
 * satisfaction score (exact; rounded only at disclosure).
 */
@Component
public class SurveysKind implements LedgerKind<SurveyResponse> {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public SurveysKind(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public String code() {
        return SurveyLedger.KIND;
    }

    public List<Column> columns() {
        return SurveyLedger.COLUMNS;
    }

    public RowReader<SurveyResponse> reader(LedgerTable.Header header, Context context) {
        return SurveyLedger.reader(header);
    }

    public void save(long batch, List<Stored<SurveyResponse>> rows) {
        template.batchUpdate("insert into survey_record (batch_id, row_no, survey_year, questionnaire, customer, valid, score) "
                + "values (?, ?, ?, ?, ?, ?, ?)", rows, 2000, (ps, s) -> {
                    SurveyResponse r = s.record();
                    ps.setLong(1, batch);
                    ps.setInt(2, s.row());
                    ps.setInt(3, r.year());
                    ps.setString(4, r.questionnaire());
                    ps.setString(5, r.customer());
                    ps.setBoolean(6, r.valid());
                    ps.setBigDecimal(7, r.score());
                });
    }

    public List<Stored<SurveyResponse>> active() {
        return jdbc.sql("""
                select r.batch_id, r.row_no, r.survey_year, r.questionnaire, r.customer, r.valid, r.score
                from survey_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
                order by r.batch_id, r.row_no""")
                .query((rs, n) -> new Stored<>(rs.getLong(1), rs.getInt(2), new SurveyResponse(rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBigDecimal(7))))
                .list();
    }

    public List<ComputedFact> figures(List<Stored<SurveyResponse>> active, Context context) {
        String root = context.root();
        Map<Integer, List<Stored<SurveyResponse>>> byYear = new TreeMap<>();
        for (Stored<SurveyResponse> s : active) {
            if (s.record().valid()) {
                byYear.computeIfAbsent(s.record().year(), y -> new ArrayList<>()).add(s);
            }
        }
        List<ComputedFact> out = new ArrayList<>();
        byYear.forEach((year, rows) -> {
            List<ComputedFact.SourceRow> sources = rows.stream().map(s -> new ComputedFact.SourceRow(s.batch(), s.row())).toList();
            Set<String> customers = new HashSet<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Stored<SurveyResponse> s : rows) {
                customers.add(s.record().customer());
                sum = sum.add(s.record().score());
            }
            BigDecimal average;
            try {
                average = sum.divide(BigDecimal.valueOf(rows.size()));
            } catch (ArithmeticException nonTerminating) {
                average = sum.divide(BigDecimal.valueOf(rows.size()), MathContext.DECIMAL128);
            }
            add(out, context, "csat_valid_questionnaires", root, year, BigDecimal.valueOf(rows.size()), sources);
            add(out, context, "customers_surveyed", root, year, BigDecimal.valueOf(customers.size()), sources);
            add(out, context, "customer_satisfaction_score", root, year, Sums.plain(average), sources);
        });
        return out;
    }

    private static void add(List<ComputedFact> out, Context context, String indicator, String entity, int year, BigDecimal value,
                            List<ComputedFact.SourceRow> rows) {
        String unit = context.indicatorUnits().get(indicator);
        if (unit != null) {
            out.add(new ComputedFact(new FactKey(indicator, entity, new Period.FiscalYear(year), Breakdown.TOTAL, Nature.ACTUAL),
                    value, unit, "customer survey ledger", rows));
        }
    }

    public List<String> cells(SurveyResponse r) {
        return List.of(String.valueOf(r.year()), r.questionnaire(), r.customer(), SurveyLedger.YES_NO.label(r.valid() ? "yes" : "no"),
                r.score().toPlainString());
    }

    public SurveyResponse example() {
        return new SurveyResponse(2024, "Q2024-0001", "C10086", true, new BigDecimal("95"));
    }
}
