package org.esgledger.engine.ledger.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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

/** The training ledger (培训台账) as a ledger kind: one row per session. */
public final class TrainingLedger {

    public static final String KIND = "training";


    public static final Vocabulary TYPE = Vocabulary.pairs(
            "induction", List.of("新员工入职培训", "Induction", "入职培训", "新员工培训"),
            "professional", List.of("专业技能培训", "Professional", "专业培训", "技能培训"),
            "management", List.of("管理培训", "Management", "领导力培训"),
            "safety", List.of("安全培训", "Safety", "安全生产培训", "消防培训"),
            "infosec", List.of("信息安全培训", "Information security", "信息安全", "数据安全培训"),
            "anti_corruption", List.of("反腐败培训", "Anti-corruption", "反贿赂培训", "廉洁培训", "反商业贿赂培训"),
            "quality", List.of("质量培训", "Quality", "产品质量培训"),
            "responsible_marketing", List.of("负责任营销培训", "Responsible marketing", "营销合规培训"),
            "complaint_response", List.of("客诉响应培训", "Complaint response", "投诉处理培训"),
            "tax", List.of("税务培训", "Tax"),
            "legal", List.of("法律培训", "Legal", "法务培训", "普法培训"),
            "ip", List.of("知识产权培训", "Intellectual property", "IP", "知识产权"),
            "lecturer", List.of("内训师培训", "Lecturer training", "TTT", "讲师培训"),
            "lean", List.of("精益管理培训", "Lean", "精益", "黄带培训"),
            "office_skills", List.of("办公技能培训", "Office skills", "办公软件培训"),
            "other", List.of("其他", "Other"));
    public static final Vocabulary PROVIDER = Vocabulary.pairs(
            "internal", List.of("内部培训", "Internal", "内训", "内部"),
            "external", List.of("外部培训", "External", "外训", "外部"));
    public static final Vocabulary DELIVERY = Vocabulary.pairs(
            "online", List.of("线上", "Online", "网络", "在线"),
            "offline", List.of("线下", "Offline", "现场", "面授"));

    /** Plausibility per session: at most 24 hours, 10,000 person-times, 10 million yuan. */
    static final BigDecimal MAX_SECONDS = new BigDecimal(24 * 3600);
    static final long MAX_PARTICIPANTS = 10_000;
    static final BigDecimal MAX_CLASS_HOURS = new BigDecimal(24);
    static final BigDecimal MAX_COST = new BigDecimal("10000000");

    /** Declared after the vocabularies its columns take their values from. */
    public static final List<Column> COLUMNS = List.of(
            Column.required("date", "培训日期", "Date", "日期", "Training date"),
            Column.required("entity", "所属主体", "Entity", "所属公司", "公司", "单位", "Company", "地点"),
            Column.required("course", "课程名称", "Course", "课程", "培训名称", "培训主题"),
            Column.required("type", "培训类别", "Type", "类别", "培训类型", "Category").withValues(TYPE),
            Column.required("provider", "内训/外训", "Provider", "培训方式", "内外训", "Internal/external").withValues(PROVIDER),
            Column.required("delivery", "线上/线下", "Delivery", "授课方式", "Online/offline").withValues(DELIVERY),
            Column.required("hours", "时长", "Hours", "培训时长", "学时", "Duration"),
            Column.required("participants", "参训人次", "Participants", "人次", "参加人次", "Person-times"),
            Column.optional("cost", "费用", "Cost", "培训费用", "金额"));

    private TrainingLedger() {
    }

    /** Reads rows one at a time (for streaming); keeps what it needs to refuse repeated keys. */
    public static RowReader<TrainingSession> reader(LedgerTable.Header header, Function<String, Optional<String>> entities,
                                                        UnitCatalogue units, Plausibility limits) {
        BigDecimal maxSeconds = limits.max("training.hours", "duration", MAX_SECONDS, units);
        BigDecimal maxCost = limits.max("training.cost", "money_cny", MAX_COST, units);
        long maxParticipants = limits.max("training.participants", MAX_PARTICIPANTS);
        Optional<String> hoursUnit = Optional.ofNullable(header.units().get("hours"));
        Optional<String> costUnit = Optional.ofNullable(header.units().get("cost"));
        return row -> {
            List<CellProblem> problems = new ArrayList<>();
            CellReaders cells = new CellReaders(row, problems);
            var date = cells.date("date", true);
            String entity = cells.entity("entity", entities);
            String course = cells.text("course", true);
            String type = cells.coded("type", TYPE, true);
            String provider = cells.coded("provider", PROVIDER, true);
            String delivery = cells.coded("delivery", DELIVERY, true);
            // a session lasts clock hours (小时, 分钟) or class hours (课时, 学时): two measures, kept apart
            Quantity hours = classHours(row, hoursUnit, units)
                    ? cells.quantity("hours", null, hoursUnit, units, "class_hour", "class_hour", MAX_CLASS_HOURS)
                    : cells.quantity("hours", null, hoursUnit, units, "duration", "h", maxSeconds);
            Long participants = null;
            try {
                participants = CellNumbers.readWhole(row.get("participants"));
                if (participants < 0 || participants > maxParticipants) {
                    problems.add(CellProblem.of("participants", "training.participants", row.get("participants")));
                    participants = null;
                }
            } catch (CellValueException e) {
                problems.add(new CellProblem("participants", e.problem()));
            }
            Quantity cost = row.get("cost").isEmpty() || CellNumbers.read(zeroSafe(row.get("cost"))).value().signum() == 0
                    ? new Quantity(BigDecimal.ZERO, units.unit("CNY").orElseThrow())
                    : cells.quantity("cost", null, costUnit, units, "money_cny", "CNY", maxCost);
            if (!problems.isEmpty()) {
                return new RowResult.Rejected<>(row.number(), problems);
            }
            return new RowResult.Accepted<>(row.number(), new TrainingSession(date, entity, course, type, provider, delivery,
                    hours, participants, cost));
        };
    }

    /** True if the session's length is given in class hours (in the cell or in the header). */
    private static boolean classHours(LedgerTable.Row row, Optional<String> headerUnit, UnitCatalogue units) {
        String unit;
        try {
            unit = CellNumbers.read(row.get("hours")).unitText();
        } catch (CellValueException e) {
            return false;
        }
        String text = unit.isEmpty() ? headerUnit.orElse("") : unit;
        try {
            return !text.isEmpty() && units.resolve(text, "class_hour") != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A cost cell that is not a number is left for {@link CellReaders#quantity} to report. */
    private static String zeroSafe(String cell) {
        try {
            CellNumbers.read(cell);
            return cell;
        } catch (CellValueException e) {
            return "1";
        }
    }
}
