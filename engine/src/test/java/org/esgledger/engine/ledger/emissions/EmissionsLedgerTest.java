package org.esgledger.engine.ledger.emissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.ghg.Scope;
import org.esgledger.engine.i18n.Bilingual;
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

/** Reading the other-emission-sources ledger: what a row becomes, and how each kind of bad cell is refused. */
class EmissionsLedgerTest {

    static final UnitCatalogue UNITS = UnitTable.standard();
    static final EmissionsKind KIND = new EmissionsKind("AR6");
    static final LedgerContext CONTEXT = new LedgerContext(new OrganisationTree(List.of(
            new ReportingEntity("group", Optional.empty(), EntityKind.GROUP, Bilingual.of("集团", "Group"), "CN", "GD", true,
                    BigDecimal.ONE, List.of()),
            new ReportingEntity("zkteco", Optional.of("group"), EntityKind.SUBSIDIARY, Bilingual.of("总部", "Headquarters"), "CN", "GD",
                    true, BigDecimal.ONE, List.of("塘厦总部")))), Map.of(), UNITS, Map.of(), Plausibility.DEFAULTS);
    static final List<String> HEADER = List.of("所属主体", "月份", "排放源类别", "活动", "数量", "单位", "排放因子编号", "排放因子",
            "排放因子单位", "因子来源", "数据质量评分", "核算方法");

    static List<RowResult<EmissionActivity>> read(List<String> header, List<List<String>> rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(header);
        sheet.addAll(rows);
        LedgerTable table = LedgerTable.read(sheet, KIND.columns());
        RowReader<EmissionActivity> reader = KIND.reader(table.header(), CONTEXT);
        return table.rows().stream().map(reader::read).toList();
    }

    static EmissionActivity accepted(RowResult<EmissionActivity> result) {
        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted<EmissionActivity>) result).record();
    }

    static List<String> problems(RowResult<EmissionActivity> result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected<EmissionActivity>) result).problems().stream().map(p -> p.column() + ":" + p.reason().key()).toList();
    }

    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void aScope3RowWithItsOwnFactorBecomesItsRecord() {
        EmissionActivity a = accepted(read(HEADER, List.of(row("塘厦总部", "2024-03", "商务差旅", "air", "12,000", "人公里", "", "0.15",
                "kgCO2e/pkm", "airline report", "2", "distance-based"))).get(0));
        assertThat(a.entity()).isEqualTo("zkteco");
        assertThat(a.month()).hasToString("2024-03");
        assertThat(a.source()).isEqualTo("c06_business_travel");
        assertThat(a.scope()).isEqualTo(Scope.THREE);
        assertThat(a.activity()).isEqualTo("air");
        assertThat(a.quantity().unit().code()).isEqualTo("pkm");
        assertThat(a.quantity().value()).isEqualByComparingTo("12000");
        assertThat(a.factorId()).isEmpty();
        assertThat(a.factorValue().orElseThrow()).isEqualByComparingTo("0.15");
        assertThat(a.factorUnit()).isEqualTo("kgCO2e/pkm");
        assertThat(a.factorSource()).isEqualTo("airline report");
        assertThat(a.dataQuality()).isEqualTo(2);
        assertThat(a.method()).isEqualTo("distance-based");
    }

    @Test
    void aRefrigerantNeedsNoFactorAndEnglishHeadersAndAUnitInTheHeaderOrTheCellAreRead() {
        List<RowResult<EmissionActivity>> r = read(row("Entity", "Month", "Category", "Gas", "Quantity (kg)", "Factor id",
                "Emission factor", "Factor unit"), List.of(
                row("Headquarters", "2024/7", "冷媒", "R-410A", "18", "", "", ""),
                row("zkteco", "2024-12", "Process emissions", "CO2", "0.5 t", "", "1", "tCO2e/t"),
                row("zkteco", "2024-12", "类别3", "td_losses", "1000 kWh", "EL-NAT-2022", "", "")));
        EmissionActivity leak = accepted(r.get(0));
        assertThat(leak.source()).isEqualTo("refrigerant");
        assertThat(leak.scope()).isEqualTo(Scope.ONE);
        assertThat(leak.quantity().unit().code()).isEqualTo("kg");
        assertThat(leak.dataQuality()).as("the default score").isEqualTo(3);
        assertThat(accepted(r.get(1)).scope()).isEqualTo(Scope.ONE);
        assertThat(accepted(r.get(1)).quantity().unit().code()).isEqualTo("t");
        assertThat(accepted(r.get(2)).factorId()).isEqualTo("EL-NAT-2022");
        assertThat(accepted(r.get(2)).quantity().unit().code()).isEqualTo("kWh");
    }

    @Test
    void eachKindOfBadCellIsRefusedInItsColumnWithItsReason() {
        List<RowResult<EmissionActivity>> r = read(HEADER, List.of(
                row("火星", "2024-03", "冷媒", "R-410A", "1", "kg", "", "", "", "", "", ""),
                row("zkteco", "三月", "冷媒", "R-410A", "1", "kg", "", "", "", "", "", ""),
                row("zkteco", "2024-03", "火箭发射", "x", "1", "kg", "", "0.1", "kgCO2e/kg", "", "", ""),
                row("zkteco", "2024-03", "冷媒", "", "1", "kg", "", "", "", "", "", ""),
                row("zkteco", "2024-03", "差旅", "air", "1", "pkm", "", "0.15", "", "", "", ""),
                row("zkteco", "2024-03", "差旅", "air", "1", "pkm", "", "abc", "kgCO2e/pkm", "", "", ""),
                row("zkteco", "2024-03", "冷媒", "R-410A", "1", "kg", "", "", "", "", "7", ""),
                row("zkteco", "2024-03", "冷媒", "R-410A", "1", "kg", "", "", "", "", "2.5", ""),
                row("zkteco", "2024-03", "冷媒", "R-410A", "1 furlong", "", "", "", "", "", "", ""),
                row("zkteco", "2024-03", "冷媒", "R-410A", "1", "furlong", "", "", "", "", "", ""),
                row("zkteco", "2024-03", "冷媒", "R-410A", "0", "kg", "", "", "", "", "", ""),
                row("zkteco", "2024-03", "冷媒", "R-410A", "1 kg", "t", "", "", "", "", "", "")));
        assertThat(r).extracting(EmissionsLedgerTest::problems).containsExactly(
                List.of("entity:ledger.unknownEntity"),
                List.of("month:cell.notAMonth"),
                List.of("source:ledger.notInList"),
                List.of("activity:emissions.gas"),
                List.of("factor:emissions.factor"),
                List.of("factor_value:cell.notANumber", "factor:emissions.factor"),
                List.of("data_quality:emissions.quality"),
                List.of("data_quality:cell.notWhole"),
                List.of("quantity:emissions.unit"),
                List.of("unit:emissions.unit"),
                List.of("quantity:cell.notPositive"),
                List.of("quantity:cell.unitContradictsColumn"));
    }

    @Test
    void theExampleWrittenAsARowIsReadBackAsItself() {
        EmissionActivity example = KIND.example(UNITS);
        List<String> header = KIND.columns().stream().map(c -> c.header().zh()).toList();
        EmissionActivity back = accepted(read(header, List.of(KIND.cells(example, UNITS))).get(0));
        assertThat(back).isEqualTo(example);
    }
}
