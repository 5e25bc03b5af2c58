package org.esgledger.engine.ledger.energy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.esgledger.engine.ledger.CellNumbers;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.CellReaders;
import org.esgledger.engine.ledger.CellText;
import org.esgledger.engine.ledger.CellValueException;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.ledger.StatedUnit;
import org.esgledger.engine.ledger.Vocabulary;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitException;

/**
 * The energy and water ledger (能源与水资源台账: utility bills and fuel receipts) as a ledger kind.
 * Each carrier accepts the units it is metered in: electricity in energy units (度, kWh, 万千瓦时),
 * natural gas by volume (方, m³) or energy, liquid fuels by mass or volume, heat in energy units,
 * water by volume — where, as on Chinese water bills, 吨 means cubic metres.
 */
public final class EnergyLedger {

    public static final String KIND = "energy";

    public static final Vocabulary CARRIER = Vocabulary.pairs(
            "electricity", List.of("电力", "Electricity", "电", "用电", "外购电力"),
            "natural_gas", List.of("天然气", "Natural gas", "燃气", "管道天然气"),
            "diesel", List.of("柴油", "Diesel"),
            "gasoline", List.of("汽油", "Gasoline", "Petrol"),
            "lpg", List.of("液化石油气", "LPG", "液化气"),
            "fuel_oil", List.of("燃料油", "Fuel oil", "重油"),
            "purchased_heat", List.of("外购热力", "Purchased heat", "热力", "蒸汽", "Steam"),
            "tap_water", List.of("自来水", "Tap water", "市政供水", "生活用水"),
            "reclaimed_water", List.of("中水", "Reclaimed water", "再生水", "回用水"));

    /** What energy or water was used for: production (生产) or domestic and office use (生活). */
    public static final Vocabulary USE = Vocabulary.pairs(
            "production", List.of("生产", "Production", "生产用", "工业"),
            "domestic", List.of("生活", "Domestic", "办公", "生活办公", "Office"));

    /** Declared after the vocabulary its carrier column takes its values from. */
    public static final List<Column> COLUMNS = List.of(
            Column.required("entity", "所属主体", "Entity", "所属公司", "公司", "厂区", "站点", "Site"),
            Column.required("month", "月份", "Month", "期间", "账期", "抄表月份", "Billing month"),
            Column.required("carrier", "能源/水种类", "Carrier", "能源种类", "种类", "类别", "Energy type").withValues(CARRIER),
            Column.required("quantity", "用量", "Quantity", "消耗量", "数量", "Consumption"),
            Column.optional("unit", "计量单位", "Unit", "单位"),
            Column.optional("cost", "金额", "Cost", "费用", "Amount"),
            Column.optional("supplier", "供应商", "Supplier", "供电单位", "供应单位"),
            Column.optional("green_share", "绿电比例", "Green power share", "绿电占比"),
            Column.optional("use", "用途", "Use", "用能用途", "用水用途", "生产/生活").withValues(USE),
            Column.optional("certificate", "绿证/合同编号", "Certificate", "绿证编号", "绿电合同"));

    /** Plausible maximum per row in each group's reference unit: 10 TWh, 1 billion m³, 1 million t. */
    static final Map<String, BigDecimal> MAX = Map.of("energy", new BigDecimal("36000000000000000"),
            "volume", new BigDecimal("1000000000"), "mass", new BigDecimal("1000000000"));

    private EnergyLedger() {
    }

    /** Reads rows one at a time (for streaming); keeps what it needs to refuse repeated keys. */
    public static RowReader<EnergyUse> reader(LedgerTable.Header header, Function<String, Optional<String>> entities, UnitCatalogue units,
                                            Plausibility limits) {
        Map<String, BigDecimal> max = new HashMap<>();
        MAX.forEach((group, fallback) -> max.put(group, limits.max("energy.quantity." + group, group, fallback, units)));
        Optional<String> headerUnit = Optional.ofNullable(header.units().get("quantity"));
        Optional<String> costUnit = Optional.ofNullable(header.units().get("cost"));
        return row -> {
            List<CellProblem> problems = new ArrayList<>();
            CellReaders cells = new CellReaders(row, problems);
            String entity = cells.entity("entity", entities);
            YearMonth month = cells.month("month");
            String code = cells.coded("carrier", CARRIER, true);
            EnergyCarrier carrier = code == null ? null : EnergyCarrier.of(code);
            Quantity quantity = carrier == null ? null : quantity(row, carrier, headerUnit, units, max, problems);
            Optional<Quantity> cost = row.get("cost").isEmpty() ? Optional.empty()
                    : Optional.ofNullable(cells.quantity("cost", null, costUnit, units, "money_cny", "CNY", new BigDecimal("10000000000")));
            Optional<BigDecimal> green = Optional.empty();
            if (!row.get("green_share").isEmpty()) {
                try {
                    CellNumbers.Reading r = CellNumbers.read(row.get("green_share"));
                    BigDecimal share = r.percent() ? r.value().movePointLeft(2) : r.value();
                    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0 || carrier != EnergyCarrier.ELECTRICITY) {
                        problems.add(CellProblem.of("green_share", "energy.greenShare", row.get("green_share")));
                    } else {
                        green = Optional.of(share);
                    }
                } catch (CellValueException e) {
                    problems.add(new CellProblem("green_share", e.problem()));
                }
            }
            String use = "";
            if (!row.get("use").isEmpty()) {
                use = USE.code(row.get("use")).orElse("");
                if (use.isEmpty()) {
                    problems.add(CellProblem.of("use", "ledger.notInList", row.get("use"), USE.describe()));
                }
            }
            if (!problems.isEmpty()) {
                return new RowResult.Rejected<>(row.number(), problems);
            }
            return new RowResult.Accepted<>(row.number(), new EnergyUse(entity, month, carrier, quantity, cost,
                    row.get("supplier"), green, row.get("certificate"), use));
        };
    }

    /** The quantity in a unit of one of the carrier's groups; 吨 of water is read as cubic metres. */
    private static Quantity quantity(LedgerTable.Row row, EnergyCarrier carrier, Optional<String> headerUnit, UnitCatalogue units,
                                     Map<String, BigDecimal> max, List<CellProblem> problems) {
        String t = row.get("quantity");
        CellNumbers.Reading reading;
        try {
            reading = CellNumbers.read(t);
        } catch (CellValueException e) {
            problems.add(new CellProblem("quantity", e.problem()));
            return null;
        }
        Optional<CellProblem> contradiction = StatedUnit.contradiction("quantity", reading.unitText(), "unit", row.get("unit"),
                headerUnit, text -> CellReaders.resolved(units, waterTonnes(carrier, text), carrier.groups().toArray(String[]::new)));
        if (contradiction.isPresent()) {
            problems.add(contradiction.get());
            return null;
        }
        String unitText = !reading.unitText().isEmpty() ? reading.unitText()
                : !row.get("unit").isEmpty() ? row.get("unit") : headerUnit.orElse(carrier.defaultUnit());
        unitText = waterTonnes(carrier, unitText);
        Unit unit = null;
        for (String group : carrier.groups()) {
            try {
                unit = units.resolve(unitText, group);
                break;
            } catch (UnitException e) {
                // try the carrier's next group
            }
        }
        if (unit == null) {
            problems.add(CellProblem.of(reading.unitText().isEmpty() && !row.get("unit").isEmpty() ? "unit" : "quantity",
                    "energy.unit", unitText, CARRIER.label(carrier.code())));
            return null;
        }
        if (reading.value().signum() <= 0) {
            problems.add(CellProblem.of("quantity", "cell.notPositive", t));
            return null;
        }
        Quantity q = new Quantity(reading.value(), unit);
        String group = unit.groupCode();
        if (units.convert(q, units.referenceUnit(group)).value().compareTo(max.get(group)) > 0) {
            String limit = units.convert(new Quantity(max.get(group), units.referenceUnit(group)), unit).value().stripTrailingZeros()
                    .toPlainString();
            problems.add(CellProblem.of("quantity", "cell.implausible", t, limit, unit.name().zh(), unit.symbol()));
            return null;
        }
        return q;
    }

    /** Water metered in 吨 is read as cubic metres (a tonne of water is a cubic metre). */
    private static String waterTonnes(EnergyCarrier carrier, String unitText) {
        return carrier.isWater() && List.of("吨", "t", "T").contains(CellText.fold(unitText)) ? "m3" : unitText;
    }
}
