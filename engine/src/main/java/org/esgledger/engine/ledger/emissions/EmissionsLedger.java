package org.esgledger.engine.ledger.emissions;

import java.math.BigDecimal;
import java.time.YearMonth;
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
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.ledger.StatedUnit;
import org.esgledger.engine.ledger.Vocabulary;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitException;

/**
 * The other-emission-sources ledger (其他排放源台账): refrigerant top-ups and process emissions
 * (scope 1) and scope 3 activities by GHG Protocol category, one row per activity.
 */
public final class EmissionsLedger {

    public static final String KIND = "emissions";

    public static final Vocabulary SOURCE = Vocabulary.pairs(
            "refrigerant", List.of("制冷剂逸散", "Refrigerant", "制冷剂", "冷媒", "制冷剂补充"),
            "process", List.of("工艺排放", "Process emissions", "工艺过程"),
            "c01_purchased_goods", List.of("采购的商品和服务", "Purchased goods and services", "采购商品", "外购商品和服务", "类别1"),
            "c03_fuel_energy", List.of("燃料和能源相关活动", "Fuel- and energy-related activities", "类别3"),
            "c04_upstream_transport", List.of("上游运输和配送", "Upstream transportation", "上游运输", "类别4"),
            "c05_waste", List.of("运营中产生的废弃物", "Waste generated in operations", "废弃物处置", "类别5"),
            "c06_business_travel", List.of("商务差旅", "Business travel", "差旅", "类别6"),
            "c07_commuting", List.of("员工通勤", "Employee commuting", "通勤", "类别7"),
            "c09_downstream_transport", List.of("下游运输和配送", "Downstream transportation", "下游运输", "类别9"));

    public static final List<Column> COLUMNS = List.of(
            Column.required("entity", "所属主体", "Entity", "所属公司", "公司", "单位", "Site"),
            Column.required("month", "月份", "Month", "期间", "日期"),
            Column.required("source", "排放源类别", "Source", "类别", "排放类别", "Category").withValues(SOURCE),
            Column.optional("activity", "活动", "Activity", "气体", "制冷剂型号", "出行方式", "Mode", "Gas"),
            Column.required("quantity", "数量", "Quantity", "活动量", "用量", "金额"),
            Column.optional("unit", "单位", "Unit", "计量单位"),
            Column.optional("factor", "排放因子编号", "Factor id", "因子编号"),
            Column.optional("factor_value", "排放因子", "Emission factor", "因子值"),
            Column.optional("factor_unit", "排放因子单位", "Factor unit", "因子单位"),
            Column.optional("factor_source", "因子来源", "Factor source", "来源"),
            Column.optional("data_quality", "数据质量评分", "Data quality", "数据质量"),
            Column.optional("method", "核算方法", "Method", "方法"));

    /** Groups an activity's quantity may be in. */
    static final List<String> GROUPS = List.of("mass", "money_cny", "passenger_distance", "freight_distance", "distance", "energy",
            "volume", "ghg");

    private EmissionsLedger() {
    }

    public static RowReader<EmissionActivity> reader(LedgerTable.Header header, Function<String, Optional<String>> entities,
                                                     UnitCatalogue units) {
        return row -> {
            List<CellProblem> problems = new ArrayList<>();
            CellReaders cells = new CellReaders(row, problems);
            String entity = cells.entity("entity", entities);
            YearMonth month = cells.month("month");
            String source = SOURCE.code(row.get("source")).orElse(null);
            if (source == null) {
                problems.add(CellProblem.of("source", "ledger.notInList", row.get("source"), SOURCE.describe()));
            }
            Quantity quantity = quantity(row, header, units, problems);
            Optional<BigDecimal> factorValue = Optional.empty();
            if (!row.get("factor_value").isEmpty()) {
                try {
                    factorValue = Optional.of(CellNumbers.read(row.get("factor_value")).value());
                } catch (CellValueException e) {
                    problems.add(new CellProblem("factor_value", e.problem()));
                }
            }
            boolean refrigerant = "refrigerant".equals(source);
            if (refrigerant && row.get("activity").isEmpty()) {
                problems.add(CellProblem.of("activity", "emissions.gas"));
            }
            if (!refrigerant && source != null && row.get("factor").isEmpty() && (factorValue.isEmpty() || row.get("factor_unit").isEmpty())) {
                problems.add(CellProblem.of("factor", "emissions.factor"));
            }
            int quality = 3;
            if (!row.get("data_quality").isEmpty()) {
                try {
                    quality = (int) CellNumbers.readWhole(row.get("data_quality"));
                    if (quality < 1 || quality > 5) {
                        problems.add(CellProblem.of("data_quality", "emissions.quality", row.get("data_quality")));
                    }
                } catch (CellValueException e) {
                    problems.add(new CellProblem("data_quality", e.problem()));
                }
            }
            if (!problems.isEmpty()) {
                return new RowResult.Rejected<>(row.number(), problems);
            }
            return new RowResult.Accepted<>(row.number(), new EmissionActivity(entity, month, source, row.get("activity"), quantity,
                    row.get("factor"), factorValue, row.get("factor_unit"), row.get("factor_source"), quality, row.get("method")));
        };
    }

    private static Quantity quantity(LedgerTable.Row row, LedgerTable.Header header, UnitCatalogue units, List<CellProblem> problems) {
        CellNumbers.Reading reading;
        try {
            reading = CellNumbers.read(row.get("quantity"));
        } catch (CellValueException e) {
            problems.add(new CellProblem("quantity", e.problem()));
            return null;
        }
        Optional<CellProblem> contradiction = StatedUnit.contradiction("quantity", reading.unitText(), "unit", row.get("unit"),
                Optional.ofNullable(header.units().get("quantity")), text -> CellReaders.resolved(units, text, GROUPS.toArray(String[]::new)));
        if (contradiction.isPresent()) {
            problems.add(contradiction.get());
            return null;
        }
        String unitText = !reading.unitText().isEmpty() ? reading.unitText() : !row.get("unit").isEmpty() ? row.get("unit")
                : Optional.ofNullable(header.units().get("quantity")).orElse("");
        Unit unit = null;
        for (String group : GROUPS) {
            try {
                unit = units.resolve(unitText, group);
                break;
            } catch (UnitException e) {
                // next group
            }
        }
        if (unit == null) {
            problems.add(CellProblem.of(row.get("unit").isEmpty() ? "quantity" : "unit", "emissions.unit", unitText));
            return null;
        }
        if (reading.value().signum() <= 0) {
            problems.add(CellProblem.of("quantity", "cell.notPositive", row.get("quantity")));
            return null;
        }
        return new Quantity(reading.value(), unit);
    }
}
