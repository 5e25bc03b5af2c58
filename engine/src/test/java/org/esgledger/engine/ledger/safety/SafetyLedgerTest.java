package org.esgledger.engine.ledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/** The monthly safety statistics read row by row: counts, hours and investment with their units, and what is refused. */
class SafetyLedgerTest {

    static final UnitCatalogue UNITS = UnitTable.standard();
    static final OrganisationTree TREE = new OrganisationTree(List.of(
            new ReportingEntity("group", Optional.empty(), EntityKind.GROUP, Bilingual.of("集团", "Group"), "CN", "GD", true,
                    BigDecimal.ONE, List.of()),
            new ReportingEntity("plant", Optional.of("group"), EntityKind.BRANCH, Bilingual.of("一号工厂", "Plant one"), "CN",
                    "GD", true, BigDecimal.ONE, List.of("一厂"))));
    static final List<String> HEADER = List.of("所属主体", "月份", "工时", "安全生产事故数", "工伤人数", "死亡人数", "损失工作日", "安全生产投入");

    static LedgerContext context() {
        return new LedgerContext(TREE, Map.of(), UNITS, Map.of("work_safety_investment", "CNY_10k"), Plausibility.DEFAULTS);
    }

    @SafeVarargs
    static List<RowResult<SafetyMonth>> read(List<String> header, List<String>... rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(header);
        sheet.addAll(Arrays.asList(rows));
        LedgerTable table = LedgerTable.read(sheet, SafetyLedger.COLUMNS);
        RowReader<SafetyMonth> reader = new SafetyKind().reader(table.header(), context());
        return table.rows().stream().map(reader::read).toList();
    }

    static SafetyMonth accepted(RowResult<SafetyMonth> result) {
        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted<SafetyMonth>) result).record();
    }

    static List<String> problems(RowResult<SafetyMonth> result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected<SafetyMonth>) result).problems().stream().map(SafetyLedgerTest::problem).toList();
    }

    private static String problem(CellProblem p) {
        return p.column() + "=" + p.reason().key();
    }

    @Test
    void readsAMonthWithItsCountsHoursAndInvestment() {
        SafetyMonth m = accepted(read(HEADER, List.of("一厂", "2024-03", "52,000", "1", "2", "0", "15", "1.2万元")).get(0));
        assertThat(m.entity()).isEqualTo("plant");
        assertThat(m.month()).isEqualTo(YearMonth.of(2024, 3));
        assertThat(m.hoursWorked().value()).isEqualByComparingTo("52000");
        assertThat(m.hoursWorked().unit().code()).isEqualTo("h");
        assertThat(List.of(m.accidents(), m.injuries(), m.fatalities(), m.lostDays())).containsExactly(1L, 2L, 0L, 15L);
        assertThat(UNITS.convert(m.investment(), "CNY").value()).isEqualByComparingTo("12000");
    }

    @Test
    void englishHeadersAUnitInTheHeaderAndEmptyOptionalCellsAreRead() {
        List<String> english = List.of("Entity", "Month", "Hours worked (h)", "Accidents", "Injured employees", "Fatalities");
        SafetyMonth m = accepted(read(english, List.of("group", "2024-12", "8000", "0", "0", "0")).get(0));
        assertThat(m.lostDays()).isZero();
        assertThat(m.investment().value()).isEqualByComparingTo("0");
        assertThat(m.investment().unit().code()).isEqualTo("CNY");
    }

    @Test
    void refusesNegativeOrFractionalCountsAnUnknownEntityAndABadMonthEachInItsColumn() {
        List<RowResult<SafetyMonth>> rows = read(HEADER,
                List.of("一厂", "2024-01", "100", "-1", "0", "0", "", ""),
                List.of("一厂", "2024-02", "100", "0", "1.5", "0", "", ""),
                List.of("火星工厂", "2024-13", "100", "0", "0", "0", "", ""));
        assertThat(problems(rows.get(0))).containsExactly("accidents=safety.count");
        assertThat(problems(rows.get(1))).hasSize(1).allSatisfy(p -> assertThat(p).startsWith("injuries="));
        assertThat(problems(rows.get(2))).extracting(p -> p.split("=")[0]).containsExactly("entity", "month");
    }

    @Test
    void aSecondRowForTheSameEntityAndMonthIsRefusedNamingTheFirst() {
        List<RowResult<SafetyMonth>> rows = read(HEADER,
                List.of("一厂", "2024-03", "100", "0", "0", "0", "", ""),
                List.of("plant", "2024-03", "200", "0", "0", "0", "", ""),
                List.of("group", "2024-03", "300", "0", "0", "0", "", ""));
        accepted(rows.get(0));
        assertThat(problems(rows.get(1))).containsExactly("month=safety.duplicate");
        accepted(rows.get(2));
    }

    @Test
    void writesARecordBackAsTheRowItWasReadFrom() {
        SafetyKind kind = new SafetyKind();
        SafetyMonth example = kind.example(UNITS);
        List<String> cells = kind.cells(example, UNITS);
        SafetyMonth again = accepted(read(kind.columns().stream().map(c -> c.header().zh()).toList(), cells).get(0));
        assertThat(kind.cells(again, UNITS)).isEqualTo(cells);
    }
}
