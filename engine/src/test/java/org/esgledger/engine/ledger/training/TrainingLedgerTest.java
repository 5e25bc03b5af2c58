package org.esgledger.engine.ledger.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
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

class TrainingLedgerTest {

    static final UnitCatalogue UNITS = UnitTable.standard();
    static final OrganisationTree ORGANISATION = new OrganisationTree(List.of(entity("group", null, "集团"),
            entity("hq", "group", "总部"), entity("plant", "group", "工厂")));
    static final LedgerContext CONTEXT = new LedgerContext(ORGANISATION, Map.of(), UNITS, Map.of(), Plausibility.DEFAULTS);

    static final List<String> HEADER = List.of("培训日期", "所属主体", "课程名称", "培训类别", "内训/外训", "线上/线下", "时长",
            "参训人次", "费用");

    static ReportingEntity entity(String code, String parent, String zh) {
        return new ReportingEntity(code, Optional.ofNullable(parent), parent == null ? EntityKind.GROUP : EntityKind.SUBSIDIARY,
                Bilingual.of(zh, code), "CN", "GD", true, BigDecimal.ONE, List.of());
    }

    static Quantity q(String value, String unit) {
        return new Quantity(new BigDecimal(value), UNITS.unit(unit).orElseThrow());
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @SafeVarargs
    private static List<RowResult<TrainingSession>> read(LedgerContext context, List<String> header, List<String>... rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(header);
        sheet.addAll(List.of(rows));
        LedgerTable table = LedgerTable.read(sheet, TrainingLedger.COLUMNS);
        RowReader<TrainingSession> reader = new TrainingKind().reader(table.header(), context);
        return table.rows().stream().map(reader::read).toList();
    }

    @SafeVarargs
    private static List<RowResult<TrainingSession>> read(List<String> header, List<String>... rows) {
        return read(CONTEXT, header, rows);
    }

    private static List<String> problems(RowResult<TrainingSession> result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected<TrainingSession>) result).problems().stream()
                .map(p -> p.column() + ":" + p.reason().key()).toList();
    }

    private static TrainingSession accepted(RowResult<TrainingSession> result) {
        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted<TrainingSession>) result).record();
    }

    @Test
    void aGoodRowBecomesTheSessionWithHoursByDefaultAndNoCost() {
        TrainingSession s = accepted(read(HEADER, row("2024-03-08", "总部", "信息安全意识培训", "信息安全培训", "内训", "线下", "1.5",
                "60", "")).get(0));
        assertThat(s).isEqualTo(new TrainingSession(LocalDate.of(2024, 3, 8), "hq", "信息安全意识培训", "infosec", "internal",
                "offline", q("1.5", "h"), 60, q("0", "CNY")));
    }

    @Test
    void unitsInTheCellOrTheHeaderAreKeptClockHoursApartFromClassHours() {
        var results = read(HEADER,
                row("2024-03-08", "hq", "Excel 入门", "办公技能培训", "内训", "线上", "90 分钟", "12", "1.2 万元"),
                row("2024-03-09", "hq", "内训师", "内训师培训", "外训", "线下", "3 课时", "12", "800"));
        TrainingSession minutes = accepted(results.get(0));
        assertThat(minutes.hours()).isEqualTo(q("90", "min"));
        assertThat(minutes.cost()).isEqualTo(q("1.2", "CNY_10k"));
        assertThat(accepted(results.get(1)).hours()).isEqualTo(q("3", "class_hour"));
        assertThat(accepted(results.get(1)).cost()).isEqualTo(q("800", "CNY"));

        var classHours = read(List.of("培训日期", "所属主体", "课程名称", "培训类别", "内训/外训", "线上/线下", "学时（课时）",
                "参训人次", "培训费用（万元）"), row("2024-03-08", "hq", "黄带", "精益", "内部", "现场", "4", "20", "0.5"));
        assertThat(accepted(classHours.get(0)).hours()).isEqualTo(q("4", "class_hour"));
        assertThat(accepted(classHours.get(0)).cost()).isEqualTo(q("0.5", "CNY_10k"));
    }

    @Test
    void readsEnglishHeadersAndWords() {
        TrainingSession s = accepted(read(List.of("Training date", "Company", "Course", "Category", "Internal/external",
                "Online/offline", "Duration", "Person-times", "Cost"),
                row("2024/5/6", "plant", "Quality basics", "Quality", "External", "Online", "2 hours", "25", "300 yuan")).get(0));
        assertThat(s).isEqualTo(new TrainingSession(LocalDate.of(2024, 5, 6), "plant", "Quality basics", "quality", "external",
                "online", q("2", "h"), 25, q("300", "CNY")));
    }

    @Test
    void rejectsEachBadCellNamingItsColumnAndReason() {
        var results = read(HEADER,
                row("someday", "火星", "", "烹饪", "内外", "空中", "1", "10", ""),
                row("2024-03-08", "hq", "安全", "安全培训", "内训", "线下", "0", "-1", "abc"),
                row("2024-03-08", "hq", "安全", "安全培训", "内训", "线下", "30", "12000", ""),
                row("2024-03-08", "hq", "安全", "安全培训", "内训", "线下", "2 kg", "ten", "5 kg"),
                row("2024-03-08", "hq", "安全", "安全培训", "内训", "线下", "", "", "20000000"));
        assertThat(problems(results.get(0))).containsExactly("date:cell.notADate", "entity:ledger.unknownEntity",
                "course:cell.empty", "type:ledger.notInList", "provider:ledger.notInList", "delivery:ledger.notInList");
        assertThat(problems(results.get(1))).containsExactly("hours:cell.notPositive", "participants:training.participants",
                "cost:cell.notANumber");
        assertThat(problems(results.get(2))).containsExactly("hours:cell.implausible", "participants:training.participants");
        assertThat(problems(results.get(3))).containsExactly("hours:unit.unknownInGroup", "participants:cell.notANumber",
                "cost:unit.unknownInGroup");
        assertThat(problems(results.get(4))).containsExactly("hours:cell.empty", "participants:cell.empty", "cost:cell.implausible");
    }

    @Test
    void plausibleLimitsComeFromTheSettings() {
        LedgerContext strict = new LedgerContext(ORGANISATION, Map.of(), UNITS, Map.of(),
                new Plausibility(Map.of("training.participants", "50")));
        var results = read(strict, HEADER, row("2024-03-08", "hq", "安全", "安全培训", "内训", "线下", "1", "51", ""));
        assertThat(problems(results.get(0))).containsExactly("participants:training.participants");
    }

    @Test
    void aRecordWrittenAsCellsIsReadBackTheSame() {
        TrainingKind kind = new TrainingKind();
        TrainingSession example = kind.example(UNITS);
        assertThat(accepted(read(HEADER, kind.cells(example, UNITS)).get(0))).isEqualTo(example);
        TrainingSession costly = new TrainingSession(LocalDate.of(2024, 4, 1), "plant", "TTT", "lecturer", "external", "online",
                q("6", "class_hour"), 8, q("2.5", "CNY_10k"));
        assertThat(accepted(read(HEADER, kind.cells(costly, UNITS)).get(0))).isEqualTo(costly);
    }
}
