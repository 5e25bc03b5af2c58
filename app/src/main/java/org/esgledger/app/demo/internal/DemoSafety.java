package org.esgledger.app.demo.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.esgledger.engine.ledger.safety.SafetyMonth;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;

/**
 * Generates the demo's monthly safety statistics: one row per producing entity and month of the
 * year, with the printed numbers of accidents, injuries and fatalities (all zero in the report) and
 * safety investment adding up to the printed amount in whole yuan. Seeded. Hours worked are
 * illustrative (about 2,000 hours per person-year for the roster's headcount).
 */
public final class DemoSafety {

    public static final String VERSION = "demo-safety/1";
    private static final List<String> ENTITIES = List.of("zkteco", "tangxia", "guangdong_zkteco", "xiamen_zkteco", "shenzhen_zkteco");

    private DemoSafety() {
    }

    public static List<SafetyMonth> generate(int year, long accidents, long injuries, long fatalities, long investmentYuan,
                                             Unit hour, Unit yuan, long seed) {
        Random random = new Random(seed + 17);
        int rows = ENTITIES.size() * 12;
        List<Long> money = Splits.split(investmentYuan, rows, 0, random);
        List<Long> accidentRows = Splits.split(accidents, rows, 0, random);
        List<Long> injuryRows = Splits.split(injuries, rows, 0, random);
        List<Long> fatalityRows = Splits.split(fatalities, rows, 0, random);
        List<SafetyMonth> out = new ArrayList<>();
        int i = 0;
        for (int m = 1; m <= 12; m++) {
            for (String entity : ENTITIES) {
                long hours = 40_000L + random.nextInt(40_000);
                out.add(new SafetyMonth(entity, YearMonth.of(year, m), new Quantity(BigDecimal.valueOf(hours), hour),
                        accidentRows.get(i), injuryRows.get(i), fatalityRows.get(i), 0, new Quantity(BigDecimal.valueOf(money.get(i)), yuan)));
                i++;
            }
        }
        return out;
    }
}
