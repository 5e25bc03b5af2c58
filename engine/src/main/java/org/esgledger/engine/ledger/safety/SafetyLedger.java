package org.esgledger.engine.ledger.safety;

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
import org.esgledger.engine.ledger.CellValueException;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;

/** The monthly safety statistics ledger (安全生产月报台账): one row per entity and month. */
public final class SafetyLedger {

    public static final String KIND = "safety";

    public static final List<Column> COLUMNS = List.of(
            Column.required("entity", "所属主体", "Entity", "所属公司", "公司", "单位", "厂区", "Site"),
            Column.required("month", "月份", "Month", "期间", "统计月份"),
            Column.required("hours_worked", "工时", "Hours worked", "总工时", "累计工时"),
            Column.required("accidents", "安全生产事故数", "Accidents", "事故数", "事故起数"),
            Column.required("injuries", "工伤人数", "Injured employees", "受伤人数", "工伤"),
            Column.required("fatalities", "死亡人数", "Fatalities", "因工死亡人数"),
            Column.optional("lost_days", "损失工作日", "Lost days", "损失工日"),
            Column.optional("investment", "安全生产投入", "Safety investment", "安全投入", "投入金额"));

    private SafetyLedger() {
    }

    /** Reads rows one at a time (for streaming); keeps what it needs to refuse repeated keys. */
    public static RowReader<SafetyMonth> reader(LedgerTable.Header header, Function<String, Optional<String>> entities, UnitCatalogue units,
                                              Plausibility limits) {
        BigDecimal maxHours = limits.max("safety.hours_worked", "duration", new BigDecimal("36000000000"), units);
        BigDecimal maxInvestment = limits.max("safety.investment", "money_cny", new BigDecimal("10000000000"), units);
        Map<String, Integer> seen = new HashMap<>();
        Optional<String> hoursUnit = Optional.ofNullable(header.units().get("hours_worked"));
        Optional<String> moneyUnit = Optional.ofNullable(header.units().get("investment"));
        return row -> {
            List<CellProblem> problems = new ArrayList<>();
            CellReaders cells = new CellReaders(row, problems);
            String entity = cells.entity("entity", entities);
            YearMonth month = cells.month("month");
            Quantity hours = cells.quantity("hours_worked", null, hoursUnit, units, "duration", "h", maxHours);
            long accidents = count(row, "accidents", problems);
            long injuries = count(row, "injuries", problems);
            long fatalities = count(row, "fatalities", problems);
            long lostDays = row.get("lost_days").isEmpty() ? 0 : count(row, "lost_days", problems);
            Quantity investment = new Quantity(BigDecimal.ZERO, units.unit("CNY").orElseThrow());
            if (!row.get("investment").isEmpty() && !isZero(row.get("investment"))) {
                investment = cells.quantity("investment", null, moneyUnit, units, "money_cny", "CNY", maxInvestment);
            }
            if (problems.isEmpty()) {
                Integer first = seen.putIfAbsent(entity + "@" + month, row.number());
                if (first != null) {
                    problems.add(CellProblem.of("month", "safety.duplicate", row.get("entity"), month, first));
                }
            }
            if (!problems.isEmpty()) {
                return new RowResult.Rejected<>(row.number(), problems);
            }
            return new RowResult.Accepted<>(row.number(), new SafetyMonth(entity, month, hours, accidents, injuries, fatalities,
                    lostDays, investment));
        };
    }

    private static boolean isZero(String cell) {
        try {
            return CellNumbers.read(cell).value().signum() == 0;
        } catch (CellValueException e) {
            return false;
        }
    }

    /** A whole count, zero or more, of at most a million. */
    private static long count(LedgerTable.Row row, String column, List<CellProblem> problems) {
        try {
            long n = CellNumbers.readWhole(row.get(column));
            if (n < 0 || n > 1_000_000) {
                problems.add(CellProblem.of(column, "safety.count", row.get(column)));
                return 0;
            }
            return n;
        } catch (CellValueException e) {
            problems.add(new CellProblem(column, e.problem()));
            return 0;
        }
    }
}
