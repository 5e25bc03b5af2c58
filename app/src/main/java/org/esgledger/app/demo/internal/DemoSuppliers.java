package org.esgledger.app.demo.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.esgledger.engine.ledger.suppliers.Supplier;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.Unit;

/**
 * Generates the demo's supplier ledger: as many suppliers as the report counts, as many of them
 * with a signed integrity agreement as its signing rate says. Seeded. The report prints no supplier
 * names, categories, spend, risk levels or scores: those generated here are illustrative and marked
 * (names end in "（演示）").
 */
public final class DemoSuppliers {

    public static final String VERSION = "demo-suppliers/1";
    private static final List<String> CATEGORIES = List.of("电子元器件", "结构件", "包材", "辅料", "外协加工", "服务");

    private DemoSuppliers() {
    }

    /**
     * @param total       suppliers in the year (printed)
     * @param integrityPercent printed share of suppliers that signed the integrity agreement, in percent
     */
    public static List<Supplier> generate(int year, int total, BigDecimal integrityPercent, Unit yuan, long seed) {
        Random random = new Random(seed);
        long signed = integrityPercent.multiply(BigDecimal.valueOf(total)).divide(BigDecimal.valueOf(100)).setScale(0,
                RoundingMode.HALF_UP).longValueExact();
        List<Supplier> out = new ArrayList<>();
        for (int i = 1; i <= total; i++) {
            String category = CATEGORIES.get(random.nextInt(CATEGORIES.size()));
            int riskDraw = random.nextInt(10);
            String risk = riskDraw < 6 ? "low" : riskDraw < 9 ? "medium" : "high";
            Optional<BigDecimal> audit = random.nextInt(5) < 2 ? Optional.of(BigDecimal.valueOf(60 + random.nextInt(41)))
                    : Optional.empty();
            List<Optional<BigDecimal>> scores = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                scores.add(Optional.of(BigDecimal.valueOf(70 + random.nextInt(31))));
            }
            Set<String> agreements = new LinkedHashSet<>();
            if (i <= signed) {
                agreements.add("integrity");
            }
            agreements.add("csr");
            if (category.equals("电子元器件")) {
                agreements.add("conflict_minerals");
            }
            if (!category.equals("服务") && !category.equals("外协加工")) {
                agreements.add("hazardous_substances");
            }
            if (category.equals("外协加工")) {
                agreements.add("ip");
            }
            long spend = 10_000L + random.nextInt(4_990_000);
            out.add(new Supplier(String.format("S%04d", i), String.format("示例供应商%04d（演示）", i), year, category,
                    new Quantity(BigDecimal.valueOf(spend), yuan), risk, audit, scores, agreements));
        }
        return out;
    }
}
