package org.esgledger.engine.ledger.energy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/** Reading the energy and water ledger: what a row becomes, and how each kind of bad cell is refused. */
class EnergyLedgerTest {

    static final UnitCatalogue UNITS = UnitTable.standard();
    static final EnergyKind KIND = new EnergyKind();
    static final LedgerContext CONTEXT = new LedgerContext(new OrganisationTree(List.of(
            new ReportingEntity("group", Optional.empty(), EntityKind.GROUP, Bilingual.of("集团", "Group"), "CN", "GD", true,
                    BigDecimal.ONE, List.of()),
            new ReportingEntity("dongguan", Optional.of("group"), EntityKind.SUBSIDIARY, Bilingual.of("东莞公司", "Dongguan"), "CN", "GD",
                    true, BigDecimal.ONE, List.of("东莞工厂")))), Map.of(), UNITS, Map.of(), Plausibility.DEFAULTS);
    static final List<String> HEADER = List.of("所属主体", "月份", "能源/水种类", "用量", "计量单位", "金额", "供应商", "绿电比例", "用途",
            "绿证/合同编号");

    static List<RowResult<EnergyUse>> read(List<String> header, List<List<String>> rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(header);
        sheet.addAll(rows);
        LedgerTable table = LedgerTable.read(sheet, KIND.columns());
        RowReader<EnergyUse> reader = KIND.reader(table.header(), CONTEXT);
        return table.rows().stream().map(reader::read).toList();
    }

    static EnergyUse accepted(RowResult<EnergyUse> result) {
        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted<EnergyUse>) result).record();
    }

    static List<String> problems(RowResult<EnergyUse> result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected<EnergyUse>) result).problems().stream().map(p -> p.column() + ":" + p.reason().key()).toList();
    }

    static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void aGoodRowBecomesItsRecord() {
        EnergyUse u = accepted(read(HEADER, List.of(row("东莞工厂", "2024-03", "电力", "125,000", "度", "86250", "广东电网", "20%", "生产",
                "GEC-2024-0001"))).get(0));
        assertThat(u.entity()).isEqualTo("dongguan");
        assertThat(u.month()).hasToString("2024-03");
        assertThat(u.carrier()).isEqualTo(EnergyCarrier.ELECTRICITY);
        assertThat(u.quantity().unit().code()).isEqualTo("kWh");
        assertThat(u.quantity().value()).isEqualByComparingTo("125000");
        assertThat(u.cost().orElseThrow().unit().code()).isEqualTo("CNY");
        assertThat(u.cost().orElseThrow().value()).isEqualByComparingTo("86250");
        assertThat(u.supplier()).isEqualTo("广东电网");
        assertThat(u.greenShare().orElseThrow()).isEqualByComparingTo("0.2");
        assertThat(u.use()).isEqualTo("production");
        assertThat(u.certificate()).isEqualTo("GEC-2024-0001");
    }

    @Test
    void englishHeadersSynonymsAndAUnitInTheHeader() {
        EnergyUse u = accepted(read(row("Site", "Billing month", "Energy type", "Consumption (万千瓦时)", "Use"),
                List.of(row("Dongguan", "2024/3", "Electricity", "1.25", "Office"))).get(0));
        assertThat(u.entity()).isEqualTo("dongguan");
        assertThat(u.quantity().unit().code()).isEqualTo("10k_kWh");
        assertThat(u.quantity().value()).isEqualByComparingTo("1.25");
        assertThat(u.use()).isEqualTo("domestic");
        assertThat(u.cost()).isEmpty();
        assertThat(u.greenShare()).isEmpty();
    }

    @Test
    void unitsInTheCellEachCarrierInItsGroupsAndWaterTonnesAsCubicMetres() {
        List<RowResult<EnergyUse>> r = read(HEADER, List.of(
                row("dongguan", "2024-01", "自来水", "3 吨", "", "", "", "", "", ""),
                row("dongguan", "2024-01", "柴油", "12.4 t", "", "", "", "", "", ""),
                row("dongguan", "2024-01", "柴油", "500", "L", "", "", "", "", ""),
                row("dongguan", "2024-01", "天然气", "1000 方", "", "", "", "", "", ""),
                row("dongguan", "2024-01", "管道天然气", "200", "GJ", "", "", "", "", ""),
                row("dongguan", "2024-01", "蒸汽", "40", "", "", "", "", "", "")));
        assertThat(r).extracting(x -> accepted(x).carrier() + " " + accepted(x).quantity().unit().code()).containsExactly(
                "TAP_WATER m3", "DIESEL t", "DIESEL L", "NATURAL_GAS m3", "NATURAL_GAS GJ", "PURCHASED_HEAT GJ");
        assertThat(accepted(r.get(0)).quantity().value()).isEqualByComparingTo("3");
    }

    @Test
    void eachKindOfBadCellIsRefusedInItsColumnWithItsReason() {
        List<RowResult<EnergyUse>> r = read(HEADER, List.of(
                row("火星工厂", "2024-03", "电力", "100", "", "", "", "", "", ""),
                row("dongguan", "2024-13", "电力", "100", "", "", "", "", "", ""),
                row("dongguan", "2024-03", "煤炭", "100", "", "", "", "", "", ""),
                row("dongguan", "2024-03", "电力", "abc", "", "", "", "", "", ""),
                row("dongguan", "2024-03", "电力", "100", "吨", "", "", "", "", ""),
                row("dongguan", "2024-03", "电力", "5 t", "", "", "", "", "", ""),
                row("dongguan", "2024-03", "电力", "0", "", "", "", "", "", ""),
                row("dongguan", "2024-03", "电力", "20000000000000", "kWh", "", "", "", "", ""),
                row("dongguan", "2024-03", "柴油", "1", "t", "", "", "20%", "", ""),
                row("dongguan", "2024-03", "电力", "100", "", "", "", "150%", "", ""),
                row("dongguan", "2024-03", "电力", "100", "", "", "", "", "娱乐", ""),
                row("dongguan", "2024-03", "电力", "100 kWh", "MWh", "", "", "", "", ""),
                row("dongguan", "2024-03", "", "100", "", "", "", "", "", "")));
        assertThat(r).extracting(EnergyLedgerTest::problems).containsExactly(
                List.of("entity:ledger.unknownEntity"),
                List.of("month:cell.notAMonth"),
                List.of("carrier:ledger.notInList"),
                List.of("quantity:cell.notANumber"),
                List.of("unit:energy.unit"),
                List.of("quantity:energy.unit"),
                List.of("quantity:cell.notPositive"),
                List.of("quantity:cell.implausible"),
                List.of("green_share:energy.greenShare"),
                List.of("green_share:energy.greenShare"),
                List.of("use:ledger.notInList"),
                List.of("quantity:cell.unitContradictsColumn"),
                List.of("carrier:cell.empty"));
    }

    @Test
    void everyCarrierOfTheVocabularyIsAnEnergyCarrierStoredByItsCode() {
        assertThat(EnergyLedger.CARRIER.codes()).containsExactlyElementsOf(
                Arrays.stream(EnergyCarrier.values()).map(EnergyCarrier::code).toList());
        assertThat(EnergyCarrier.of("tap_water")).isEqualTo(EnergyCarrier.TAP_WATER);
        assertThat(EnergyLedger.CARRIER.label(EnergyCarrier.PURCHASED_HEAT.code())).isEqualTo("外购热力");
        assertThatThrownBy(() -> EnergyCarrier.of("coal")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExampleWrittenAsARowIsReadBackAsItself() {
        EnergyUse example = KIND.example(UNITS);
        List<String> header = KIND.columns().stream().map(c -> c.header().zh()).toList();
        EnergyUse back = accepted(read(header, List.of(KIND.cells(example, UNITS))).get(0));
        assertThat(KIND.cells(back, UNITS)).isEqualTo(KIND.cells(example, UNITS));
        assertThat(back.carrier()).isEqualTo(example.carrier());
        assertThat(back.quantity()).isEqualTo(example.quantity());
        assertThat(back.greenShare().orElseThrow()).isEqualByComparingTo(example.greenShare().orElseThrow());
        assertThat(KIND.columns()).extracting(Column::code).startsWith("entity", "month", "carrier", "quantity", "unit");
    }
}
