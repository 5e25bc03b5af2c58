package org.esgledger.engine.ledger.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

class SupplierLedgerTest {

    static final UnitCatalogue UNITS = UnitTable.standard();

    /** A good row, by Chinese header, in the layout's order. */
    private static Map<String, String> good() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("供应商编码", "S0001");
        row.put("供应商名称", "某电子元器件有限公司");
        row.put("年度", "2024");
        row.put("供应类别", "电子元器件");
        row.put("采购金额", "120.5万元");
        row.put("供应风险等级", "低");
        row.put("现场审核得分", "92");
        for (int m = 1; m <= 12; m++) {
            row.put(m + "月绩效", m <= 3 ? "90" : "");
        }
        row.put("廉洁协议", "是");
        row.put("社会责任承诺书", "已签署");
        row.put("冲突矿产声明", "否");
        row.put("有害物质管控协议", "");
        row.put("知识产权协议", "×");
        return row;
    }

    /** Reads rows under the header their first row's keys name (each later row gives its cells in that order). */
    @SafeVarargs
    private static List<RowResult<Supplier>> read(Plausibility limits, Map<String, String>... rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(List.copyOf(rows[0].keySet()));
        for (Map<String, String> row : rows) {
            sheet.add(List.copyOf(row.values()));
        }
        LedgerTable table = LedgerTable.read(sheet, SupplierLedger.COLUMNS);
        RowReader<Supplier> reader = new SuppliersKind().reader(table.header(),
                new LedgerContext(SupplierFiguresTest.TREE, Map.of(), UNITS, Map.of(), limits));
        return table.rows().stream().map(reader::read).toList();
    }

    @SafeVarargs
    private static List<RowResult<Supplier>> read(Map<String, String>... rows) {
        return read(Plausibility.DEFAULTS, rows);
    }

    private static Map<String, String> with(String header, String value) {
        Map<String, String> row = good();
        row.put(header, value);
        return row;
    }

    private static Supplier accepted(RowResult<Supplier> result) {
        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted<Supplier>) result).record();
    }

    private static List<String> problems(RowResult<Supplier> result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected<Supplier>) result).problems().stream().map(SupplierLedgerTest::problem).toList();
    }

    private static String problem(CellProblem p) {
        return p.column() + "=" + p.reason().key();
    }

    @Test
    void readsASupplierWithScoresAndSignedAgreements() {
        Supplier s = accepted(read(good()).get(0));
        assertThat(s.id()).isEqualTo("S0001");
        assertThat(s.name()).isEqualTo("某电子元器件有限公司");
        assertThat(s.year()).isEqualTo(2024);
        assertThat(s.category()).isEqualTo("电子元器件");
        assertThat(s.spend().value()).isEqualByComparingTo("120.5");
        assertThat(s.spend().unit().code()).isEqualTo("CNY_10k");
        assertThat(s.risk()).isEqualTo("low");
        assertThat(s.auditScore()).contains(new BigDecimal("92"));
        assertThat(s.monthlyScores()).hasSize(12);
        assertThat(s.monthlyScores().subList(0, 3)).allSatisfy(o -> assertThat(o).contains(new BigDecimal("90")));
        assertThat(s.monthlyScores().subList(3, 12)).allSatisfy(o -> assertThat(o).isEmpty());
        assertThat(s.agreements()).containsExactlyInAnyOrder("integrity", "csr");
        assertThat(s.signed("integrity")).isTrue();
    }

    @Test
    void readsEnglishHeadersAndSynonymsWithOptionalColumnsLeftOut() {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Supplier code", "ACME-01");
        row.put("Name", "Acme");
        row.put("Fiscal year", "2023");
        row.put("物料类别", "Packaging");
        row.put("Spend (RMB 10k)", "3");
        row.put("Risk", "High");
        row.put("M02", "80分");
        row.put("Integrity agreement", "Yes");
        Supplier s = accepted(read(row).get(0));
        assertThat(s.id()).isEqualTo("ACME-01");
        assertThat(s.year()).isEqualTo(2023);
        assertThat(s.spend().unit().code()).as("unit from the header").isEqualTo("CNY_10k");
        assertThat(s.risk()).isEqualTo("high");
        assertThat(s.auditScore()).isEmpty();
        assertThat(s.monthlyScores().get(1)).contains(new BigDecimal("80"));
        assertThat(s.agreements()).containsExactly("integrity");
    }

    @Test
    void aSpendWithoutAUnitIsInYuan() {
        Supplier s = accepted(read(with("采购金额", "1,205,000")).get(0));
        assertThat(s.spend().unit().code()).isEqualTo("CNY");
        assertThat(s.spend().value()).isEqualByComparingTo("1205000");
    }

    @Test
    void namesEachBadCellWithItsColumnAndMessage() {
        List<RowResult<Supplier>> results = read(
                with("供应商编码", "S 0001!"),
                with("供应商名称", ""),
                with("年度", "1999"),
                with("年度", "2024.5"),
                with("供应类别", ""),
                with("采购金额", "0"),
                with("采购金额", "5 kg"),
                with("采购金额", "200亿元"),
                with("供应风险等级", "极高"),
                with("现场审核得分", "101"),
                with("3月绩效", "abc"),
                with("冲突矿产声明", "maybe"));
        assertThat(results).map(SupplierLedgerTest::problems).containsExactly(
                List.of("supplier_id=supplier.id"),
                List.of("name=cell.empty"),
                List.of("year=supplier.year"),
                List.of("year=cell.notWhole"),
                List.of("category=cell.empty"),
                List.of("spend=cell.notPositive"),
                List.of("spend=unit.unknownInGroup"),
                List.of("spend=cell.implausible"),
                List.of("risk=ledger.notInList"),
                List.of("audit_score=supplier.score"),
                List.of("score_03=cell.notANumber"),
                List.of("agreement_conflict_minerals=ledger.notInList"));
    }

    @Test
    void refusesASupplierNamedTwiceForAYearButNotForAnotherYear() {
        List<RowResult<Supplier>> results = read(good(), with("年度", "2023"), good());
        accepted(results.get(0));
        accepted(results.get(1));
        assertThat(problems(results.get(2))).containsExactly("supplier_id=supplier.duplicate");
        assertThat(((RowResult.Rejected<Supplier>) results.get(2)).problems().get(0).reason().args()).contains(2);
    }

    @Test
    void aRejectedRowDoesNotTakeItsSuppliersPlace() {
        List<RowResult<Supplier>> results = read(with("供应风险等级", "极高"), good());
        problems(results.get(0));
        accepted(results.get(1));
    }

    @Test
    void aWorkspaceMayRaiseThePlausibleSpend() {
        Supplier s = accepted(read(new Plausibility(Map.of("suppliers.spend", "500亿元")), with("采购金额", "200亿元")).get(0));
        assertThat(s.spend().unit().code()).isEqualTo("CNY_100M");
        assertThat(s.spend().value()).isEqualByComparingTo("200");
    }
}
