package org.esgledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.CalculationModel;
import org.esgledger.engine.calc.InputValue;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;

/**
 * The calculation engine on a synthetic group ({@link SyntheticGroup}): full recomputation, the
 * incremental recomputation after one entered value changes, peak heap; then the same
 * recomputation by LibreOffice Calc on an equivalent workbook ({@link CalcWorkbook}), when
 * LibreOffice is installed. Usage: {@code bench/run-calc [full runs] [incremental updates]}, or
 * {@code bench/run-calc --smoke} (once, on a group of 7 entities: what the build's smoke test runs).
 */
public final class CalculationBenchmark {

    private CalculationBenchmark() {
    }

    /**
     * @param runs               full recomputations timed
     * @param updates            incremental updates timed
     * @param subsidiaries       size of the synthetic group
     * @param sitesPerSubsidiary size of the synthetic group
     * @param dir                where the workbook for LibreOffice is written
     */
    record Settings(int runs, int updates, int subsidiaries, int sitesPerSubsidiary, Path dir) {

        /** {@code [full runs (default 5)] [incremental updates (default 200)]}, or {@code --smoke}: once, on a tiny group. */
        static Settings of(String[] args) {
            if (args.length > 0 && args[0].equals("--smoke")) {
                return smoke(Path.of("bench/target/smoke"));
            }
            return new Settings(args.length > 0 ? Integer.parseInt(args[0]) : 5, args.length > 1 ? Integer.parseInt(args[1]) : 200,
                    SyntheticGroup.SUBSIDIARIES, SyntheticGroup.SITES_PER_SUBSIDIARY, Path.of("bench/target"));
        }

        /** Once, on a group of 7 entities (2 subsidiaries of 2 sites), with 20 incremental updates. */
        static Settings smoke(Path dir) {
            return new Settings(1, 20, 2, 2, dir);
        }
    }

    /** What a run found: how many outcomes, and whether the incremental updates ended where a full recompute does. */
    record Result(int outcomes, long available, boolean incrementalEqualsFull, Path workbook) {
    }

    public static void main(String[] args) throws Exception {
        run(Settings.of(args));
    }

    static Result run(Settings settings) throws Exception {
        int runs = settings.runs();
        int updates = settings.updates();
        long t0 = System.nanoTime();
        SyntheticGroup group = new SyntheticGroup(7, settings.subsidiaries(), settings.sitesPerSubsidiary());
        CalculationModel model = group.model();
        System.out.printf("synthetic group: %d entities, %d indicators (%d derived), %d years, %d entered values; built in %d ms%n",
                group.entities.size(), group.indicators.size(), group.formulas.size(), SyntheticGroup.YEARS, group.inputs.size(),
                (System.nanoTime() - t0) / 1_000_000);

        Calculation.run(model, group.inputs, List.of()); // warm-up
        List<Long> full = new ArrayList<>();
        Calculation calc = null;
        for (int r = 0; r < runs; r++) {
            System.gc();
            long s = System.nanoTime();
            calc = Calculation.run(model, group.inputs, List.of());
            full.add((System.nanoTime() - s) / 1_000_000);
        }
        long available = calc.outcomes().stream().filter(o -> o instanceof Outcome.Available).count();
        System.out.printf("full recompute: %d outcomes (%d available), median %d ms, runs %s%n", calc.size(), available, median(full), full);

        Random random = new Random(11);
        List<Long> incremental = new ArrayList<>();
        List<Integer> moved = new ArrayList<>();
        List<InputValue> changed = new ArrayList<>(group.inputs);
        for (int u = 0; u < updates; u++) {
            int index = random.nextInt(changed.size());
            InputValue old = changed.get(index);
            InputValue now = new InputValue(old.key(), old.value().add(BigDecimal.ONE), old.unit());
            changed.set(index, now);
            long s = System.nanoTime();
            moved.add(calc.update(now).size());
            incremental.add((System.nanoTime() - s) / 1_000);
        }
        Collections.sort(moved);
        System.out.printf("incremental recompute after one entered value changes: median %d µs (p90 %d µs, max %d µs), "
                        + "values recomputed per change: median %d, max %d%n", median(incremental), percentile(incremental, 90),
                Collections.max(incremental), moved.get(moved.size() / 2), moved.get(moved.size() - 1));
        Calculation check = Calculation.run(model, changed, List.of());
        boolean same = check.outcomes().size() == calc.outcomes().size();
        for (Outcome o : check.outcomes()) {
            Outcome i = calc.outcome(o.key()).orElse(null);
            same &= i != null && o.getClass() == i.getClass()
                    && (!(o instanceof Outcome.Available) || ((Outcome.Available) o).value().compareTo(((Outcome.Available) i).value()) == 0);
        }
        System.out.printf("after %d incremental updates the results equal a full recompute: %s%n", updates, same);
        System.out.printf("peak heap (sum of heap pools' peaks): %d MB%n", peakHeapMb());

        FactKey probe = new FactKey("d002", "g", new Period.FiscalYear(2024), Breakdown.TOTAL, Nature.ACTUAL);
        FactKey share = new FactKey("d000", "g", new Period.FiscalYear(2024), Breakdown.TOTAL, Nature.ACTUAL);
        Path workbook = settings.dir().resolve("calc-bench.xlsx");
        long w = System.nanoTime();
        CalcWorkbook.write(group, workbook);
        System.out.printf("workbook for LibreOffice: %s, %d KB, written in %d ms%n", workbook, Files.size(workbook) / 1024,
                (System.nanoTime() - w) / 1_000_000);
        Calculation fresh = Calculation.run(model, group.inputs, List.of());
        System.out.printf("engine g 2024 d002 = %s, d000 = %s %%%n", plain(fresh, probe), plain(fresh, share));
        System.out.println("LibreOffice: run bench/lo-recalc.py " + workbook + " (bench/run-calc does)");
        return new Result(calc.size(), available, same, workbook);
    }

    private static String plain(Calculation c, FactKey k) {
        return ((Outcome.Available) c.outcome(k).orElseThrow()).value().toPlainString();
    }

    static long median(List<Long> values) {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    static long percentile(List<Long> values, int p) {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, s.size() * p / 100));
    }

    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
