package org.esgledger.engine.ledger.suppliers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.esgledger.engine.ledger.CellNumbers;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.CellReaders;
import org.esgledger.engine.ledger.CellValueException;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.ledger.Vocabulary;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/** The supplier ledger (供应商台账) as a ledger kind: one row per supplier and fiscal year. */
public final class SupplierLedger {

    public static final String KIND = "suppliers";

    public static final Vocabulary RISK = Vocabulary.pairs(
            "high", List.of("高", "High", "高风险"),
            "medium", List.of("中", "Medium", "中风险"),
            "low", List.of("低", "Low", "低风险"));
    public static final Vocabulary YES_NO = Vocabulary.pairs(
            "yes", List.of("是", "Yes", "Y", "已签", "已签署", "true", "1", "√"),
            "no", List.of("否", "No", "N", "未签", "未签署", "false", "0", "×"));

    /** Spend above this per supplier and year (in yuan) is taken for a unit mistake: 10 billion. */
    static final BigDecimal MAX_SPEND = new BigDecimal("10000000000");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final String[] AGREEMENT_ZH = {"廉洁协议", "社会责任承诺书", "冲突矿产声明", "有害物质管控协议", "知识产权协议"};
    private static final String[] AGREEMENT_EN = {"Integrity agreement", "CSR commitment", "Conflict minerals declaration",
            "Hazardous substances agreement", "IP agreement"};

    /** Declared after the agreement headers it is built from. */
    public static final List<Column> COLUMNS = columns();

    private SupplierLedger() {
    }

    private static List<Column> columns() {
        List<Column> c = new ArrayList<>(List.of(
                Column.required("supplier_id", "供应商编码", "Supplier ID", "供应商代码", "编码", "Supplier code"),
                Column.required("name", "供应商名称", "Supplier name", "名称", "Name"),
                Column.required("year", "年度", "Year", "年份", "Fiscal year"),
                Column.required("category", "供应类别", "Category", "类别", "物料类别"),
                Column.required("spend", "采购金额", "Spend", "采购额", "金额"),
                Column.required("risk", "供应风险等级", "Supply risk", "风险等级", "Risk"),
                Column.optional("audit_score", "现场审核得分", "Audit score", "审核得分", "稽核得分")));
        for (int m = 1; m <= 12; m++) {
            c.add(Column.optional(String.format("score_%02d", m), m + "月绩效", "Score " + m, m + "月", String.format("M%02d", m)));
        }
        for (int i = 0; i < Supplier.AGREEMENTS.size(); i++) {
            c.add(Column.optional("agreement_" + Supplier.AGREEMENTS.get(i), AGREEMENT_ZH[i], AGREEMENT_EN[i]));
        }
        return List.copyOf(c);
    }

    /** Reads rows one at a time (for streaming); keeps what it needs to refuse repeated keys. */
    public static RowReader<Supplier> reader(LedgerTable.Header header, UnitCatalogue units, Plausibility limits) {
        BigDecimal maxSpend = limits.max("suppliers.spend", "money_cny", MAX_SPEND, units);
        Map<String, Integer> seen = new HashMap<>();
        Optional<String> spendUnit = Optional.ofNullable(header.units().get("spend"));
        return row -> {
            List<CellProblem> problems = new ArrayList<>();
            CellReaders cells = new CellReaders(row, problems);
            String id = cells.text("supplier_id", true);
            if (!id.isEmpty() && !ID.matcher(id).matches()) {
                problems.add(CellProblem.of("supplier_id", "supplier.id", id));
            }
            String name = cells.text("name", true);
            Integer year = cells.year("year");
            String category = cells.text("category", true);
            Quantity spend = cells.quantity("spend", null, spendUnit, units, "money_cny", "CNY", maxSpend);
            String risk = cells.coded("risk", RISK, true);
            Optional<BigDecimal> audit = score(row, "audit_score", problems);
            List<Optional<BigDecimal>> monthly = new ArrayList<>();
            for (int m = 1; m <= 12; m++) {
                monthly.add(score(row, String.format("score_%02d", m), problems));
            }
            Set<String> agreements = new LinkedHashSet<>();
            for (String a : Supplier.AGREEMENTS) {
                String signed = cells.coded("agreement_" + a, YES_NO, false);
                if ("yes".equals(signed)) {
                    agreements.add(a);
                }
            }
            if (problems.isEmpty()) {
                Integer first = seen.putIfAbsent(id + "@" + year, row.number());
                if (first != null) {
                    problems.add(CellProblem.of("supplier_id", "supplier.duplicate", id, String.valueOf(year), first));
                }
            }
            if (!problems.isEmpty()) {
                return new RowResult.Rejected<>(row.number(), problems);
            }
            return new RowResult.Accepted<>(row.number(), new Supplier(id, name, year, category, spend, risk, audit, monthly,
                    agreements));
        };
    }

    /** A score out of 100, if given. */
    private static Optional<BigDecimal> score(LedgerTable.Row row, String column, List<CellProblem> problems) {
        String t = row.get(column);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            CellNumbers.Reading r = CellNumbers.read(t);
            if (r.value().signum() < 0 || r.value().compareTo(BigDecimal.valueOf(100)) > 0
                    || !(r.unitText().isEmpty() || r.unitText().equals("分"))) {
                problems.add(CellProblem.of(column, "supplier.score", t));
                return Optional.empty();
            }
            return Optional.of(r.value());
        } catch (CellValueException e) {
            problems.add(new CellProblem(column, e.problem()));
            return Optional.empty();
        }
    }
}
