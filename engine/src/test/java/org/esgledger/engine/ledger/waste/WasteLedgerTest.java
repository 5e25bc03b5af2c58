package org.esgledger.engine.ledger.waste;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.catalogue.Dimension;
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

class WasteLedgerTest {

    static final UnitCatalogue UNITS = UnitTable.standard();
    static final OrganisationTree TREE = new OrganisationTree(List.of(
            new ReportingEntity("group", Optional.empty(), EntityKind.GROUP, Bilingual.of("集团", "Group"), "CN", "GD", true,
                    BigDecimal.ONE, List.of()),
            new ReportingEntity("plant", Optional.of("group"), EntityKind.BRANCH, Bilingual.of("塘厦分公司", "Tangxia branch"), "CN",
                    "GD", true, BigDecimal.ONE, List.of("塘厦"))));
    static final Map<String, Dimension> DIMENSIONS = Map.of("waste_type", new Dimension("waste_type", Bilingual.of("废弃物种类", "Waste type"),
            List.of(new Dimension.Member("waste_activated_carbon", Bilingual.of("废活性炭", "Waste activated carbon")),
                    new Dimension.Member("scrap_metal", Bilingual.of("废金属", "Scrap metal")))));
    static final List<String> HEADER = List.of("联单编号", "所属主体", "转移日期", "废物名称", "废物类别", "危废代码", "数量", "单位",
            "处置单位", "许可证编号", "处置方式");

    static LedgerContext context(Plausibility limits) {
        return new LedgerContext(TREE, DIMENSIONS, UNITS, Map.of(), limits);
    }

    @SafeVarargs
    static List<RowResult<WasteRecord>> read(Plausibility limits, List<String> header, List<String>... rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(header);
        sheet.addAll(Arrays.asList(rows));
        LedgerTable table = LedgerTable.read(sheet, WasteLedger.COLUMNS);
        RowReader<WasteRecord> reader = new WasteKind().reader(table.header(), context(limits));
        return table.rows().stream().map(reader::read).toList();
    }

    @SafeVarargs
    static List<RowResult<WasteRecord>> read(List<String>... rows) {
        return read(Plausibility.DEFAULTS, HEADER, rows);
    }

    static List<String> row(String... cells) {
        return List.of(cells);
    }

    static WasteRecord accepted(RowResult<WasteRecord> result) {
        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted<WasteRecord>) result).record();
    }

    /** The problems of a rejected row as column=message key. */
    static List<String> problems(RowResult<WasteRecord> result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected<WasteRecord>) result).problems().stream().map(WasteLedgerTest::problem).toList();
    }

    static String problem(CellProblem p) {
        return p.column() + "=" + p.reason().key();
    }

    @Test
    void readsAHazardousTransferWithEntityAndWasteTypeByName() {
        WasteRecord w = accepted(read(row("HW-2024-0001", "塘厦", "2024-03-05", "废活性炭", "危险废物", "hw49 900-039-49", "1,250", "kg",
                "某环保科技有限公司", "GD-HW-0001", "焚烧")).get(0));
        assertThat(w).isEqualTo(new WasteRecord("HW-2024-0001", "plant", LocalDate.of(2024, 3, 5), "废活性炭",
                "waste_activated_carbon", true, "HW49 900-039-49", w.quantity(), "某环保科技有限公司", "GD-HW-0001", "incineration"));
        assertThat(w.quantity().value()).isEqualByComparingTo("1250");
        assertThat(w.quantity().unit().code()).isEqualTo("kg");
        assertThat(w.disposedCompliantly()).isTrue();
    }

    @Test
    void readsGeneralWasteWithOptionalCellsEmpty() {
        WasteRecord w = accepted(read(row("", "group", "2024/7/1", "Scrap metal", "一般固废", "", "3.5吨", "", "", "", "回收")).get(0));
        assertThat(w.hazardous()).isFalse();
        assertThat(w.wasteType()).isEqualTo("scrap_metal");
        assertThat(w.manifest()).isEmpty();
        assertThat(w.hwCode()).isEmpty();
        assertThat(w.licence()).isEmpty();
        assertThat(w.treatment()).isEqualTo("recycling");
        assertThat(w.quantity().value()).isEqualByComparingTo("3.5");
        assertThat(w.quantity().unit().code()).isEqualTo("t");
        assertThat(w.disposedCompliantly()).as("general waste is never counted as hazardous disposal").isFalse();
    }

    @Test
    void readsEnglishHeadersAndSynonymsWithTheUnitInTheHeader() {
        List<String> header = List.of("Manifest number", "Company", "Transfer date", "Waste", "Category", "HW code", "Weight (t)",
                "Receiver", "License No.", "Disposal method");
        WasteRecord w = accepted(read(Plausibility.DEFAULTS, header,
                row("M-1", "Tangxia branch", "2024-05-06", "Waste activated carbon", "Hazardous", "HW49", "2", "Handler", "L-1",
                        "Landfill")).get(0));
        assertThat(w.entity()).isEqualTo("plant");
        assertThat(w.quantity().unit().code()).isEqualTo("t");
        assertThat(w.quantity().value()).isEqualByComparingTo("2");
        assertThat(w.hwCode()).isEqualTo("HW49");
        assertThat(w.treatment()).isEqualTo("landfill");
    }

    @Test
    void withoutAnyUnitAQuantityIsInTonnes() {
        WasteRecord w = accepted(read(row("", "group", "2024-01-02", "废金属", "一般", "", "4", "", "", "", "其他")).get(0));
        assertThat(w.quantity().unit().code()).isEqualTo("t");
    }

    @Test
    void namesEachBadCellWithItsColumnAndMessage() {
        List<RowResult<WasteRecord>> results = read(
                row("", "Nowhere Ltd", "2024-03-05", "废活性炭", "危险废物", "", "1", "t", "", "", "焚烧"),
                row("", "group", "", "废活性炭", "危险废物", "", "1", "t", "", "", "焚烧"),
                row("", "group", "2024-13-45", "废活性炭", "危险废物", "", "1", "t", "", "", "焚烧"),
                row("", "group", "2024-03-05", "废电池", "危险废物", "", "1", "t", "", "", "焚烧"),
                row("", "group", "2024-03-05", "废活性炭", "放射性", "", "1", "t", "", "", "焚烧"),
                row("", "group", "2024-03-05", "废活性炭", "危险废物", "HW1", "1", "t", "", "", "焚烧"),
                row("", "group", "2024-03-05", "废活性炭", "危险废物", "", "-5", "t", "", "", "焚烧"),
                row("", "group", "2024-03-05", "废活性炭", "危险废物", "", "a lot", "t", "", "", "焚烧"),
                row("", "group", "2024-03-05", "废活性炭", "危险废物", "", "1", "kWh", "", "", "焚烧"),
                row("", "group", "2024-03-05", "废活性炭", "危险废物", "", "1 kg", "t", "", "", "焚烧"),
                row("", "group", "2024-03-05", "废活性炭", "危险废物", "", "20000", "t", "", "", "焚烧"),
                row("", "group", "2024-03-05", "废活性炭", "危险废物", "", "1", "t", "", "", "堆放"));
        assertThat(results).map(WasteLedgerTest::problems).containsExactly(
                List.of("entity=ledger.unknownEntity"),
                List.of("date=cell.empty"),
                List.of("date=cell.notADate"),
                List.of("waste_name=waste.unknownType"),
                List.of("category=ledger.notInList"),
                List.of("hw_code=waste.hwCode"),
                List.of("quantity=cell.notPositive"),
                List.of("quantity=cell.notANumber"),
                List.of("unit=unit.unknownInGroup"),
                List.of("quantity=cell.unitContradictsColumn"),
                List.of("quantity=cell.implausible"),
                List.of("treatment=ledger.notInList"));
    }

    @Test
    void collectsEveryProblemOfARowAndNamesItsRowNumber() {
        RowResult<WasteRecord> r = read(row("x", "", "", "", "", "", "", "", "", "", "")).get(0);
        assertThat(r.row()).isEqualTo(2);
        assertThat(problems(r)).containsExactly("entity=cell.empty", "date=cell.empty", "waste_name=cell.empty", "category=cell.empty",
                "quantity=cell.empty", "treatment=cell.empty");
    }

    @Test
    void aWorkspaceMayRaiseThePlausibleMaximum() {
        var results = read(new Plausibility(Map.of("waste.quantity", "50000 t")), HEADER,
                row("", "group", "2024-03-05", "废活性炭", "危险废物", "", "20000", "t", "", "", "焚烧"));
        assertThat(accepted(results.get(0)).quantity().value()).isEqualByComparingTo("20000");
    }
}
