package org.esgledger.engine.ledger.waste;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.CellReaders;
import org.esgledger.engine.ledger.CellText;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.ledger.Vocabulary;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/** The waste ledger (危废转移联单 and general waste disposal records) as a ledger kind. */
public final class WasteLedger {

    public static final String KIND = "waste";

    public static final Vocabulary CATEGORY = Vocabulary.pairs(
            "hazardous", List.of("危险废物", "Hazardous", "危废", "危险"),
            "general", List.of("一般工业固体废物", "General", "一般固废", "一般", "一般工业固废", "一般废物"));
    public static final Vocabulary TREATMENT = Vocabulary.pairs(
            "recycling", List.of("资源化利用", "Recycling", "回收", "综合利用", "回收利用"),
            "incineration", List.of("焚烧", "Incineration"),
            "landfill", List.of("填埋", "Landfill", "安全填埋"),
            "other", List.of("其他", "Other", "物化处理", "委托处置"));

    /** Above this per row (in kg) a quantity is taken for a unit mistake: 10,000 t. */
    public static final BigDecimal MAX_KG = new BigDecimal("10000000");
    private static final Pattern HW_CODE = Pattern.compile("HW\\d{2}(\\s+\\d{3}-\\d{3}-\\d{2})?");

    /** Declared after the vocabularies its columns take their values from. */
    public static final List<Column> COLUMNS = List.of(
            Column.optional("manifest", "联单编号", "Manifest No.", "转移联单号", "联单号", "Manifest number"),
            Column.required("entity", "所属主体", "Entity", "所属公司", "公司", "产废单位", "Company"),
            Column.required("date", "转移日期", "Date", "日期", "处置日期", "Transfer date"),
            Column.required("waste_name", "废物名称", "Waste name", "名称", "废物种类", "Waste"),
            Column.required("category", "废物类别", "Category", "类别", "一般/危险").withValues(CATEGORY),
            Column.optional("hw_code", "危废代码", "HW code", "废物代码", "危险废物代码"),
            Column.required("quantity", "数量", "Quantity", "重量", "转移量", "处置量", "Weight"),
            Column.optional("unit", "单位", "Unit"),
            Column.optional("handler", "处置单位", "Handler", "接收单位", "处置方", "Receiver"),
            Column.optional("licence", "许可证编号", "Licence No.", "经营许可证编号", "危废经营许可证", "License No."),
            Column.required("treatment", "处置方式", "Treatment", "处理方式", "Disposal method").withValues(TREATMENT));

    private WasteLedger() {
    }

    /** Reads rows one at a time (for streaming); keeps what it needs to refuse repeated keys. */
    public static RowReader<WasteRecord> reader(LedgerTable.Header header, Function<String, Optional<String>> entities,
                                                    Function<String, Optional<String>> wasteTypes, UnitCatalogue units, Plausibility limits) {
        BigDecimal max = limits.max("waste.quantity", "mass", MAX_KG, units);
        Optional<String> headerUnit = Optional.ofNullable(header.units().get("quantity"));
        return row -> {
            List<CellProblem> problems = new ArrayList<>();
            CellReaders cells = new CellReaders(row, problems);
            String entity = cells.entity("entity", entities);
            var date = cells.date("date", true);
            String name = cells.text("waste_name", true);
            String type = name.isEmpty() ? null : wasteTypes.apply(name).orElse(null);
            if (!name.isEmpty() && type == null) {
                problems.add(CellProblem.of("waste_name", "waste.unknownType", name));
            }
            String category = cells.coded("category", CATEGORY, true);
            String hw = CellText.fold(row.get("hw_code")).toUpperCase(Locale.ROOT);
            if (!hw.isEmpty() && !HW_CODE.matcher(hw).matches()) {
                problems.add(CellProblem.of("hw_code", "waste.hwCode", row.get("hw_code")));
            }
            Quantity quantity = cells.quantity("quantity", "unit", headerUnit, units, "mass", "t", max);
            String treatment = cells.coded("treatment", TREATMENT, true);
            if (!problems.isEmpty()) {
                return new RowResult.Rejected<>(row.number(), problems);
            }
            return new RowResult.Accepted<>(row.number(), new WasteRecord(row.get("manifest"), entity, date, name, type,
                    category.equals("hazardous"), hw, quantity, row.get("handler"), row.get("licence"), treatment));
        };
    }

}
