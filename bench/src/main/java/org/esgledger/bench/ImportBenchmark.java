package org.esgledger.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.esgledger.app.EsgLedger;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.ImportReport;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.user.Users;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Imports a generated energy ledger (default 1,000,000 rows) with full validation and provenance
 * into the embedded store, and, in the same run, lets DuckDB read the same file and compute the same
 * monthly sums per entity and carrier. Prints medians and the throughput ratio; checks that both
 * computed the same sums. Usage: {@code bench/run [rows] [runs]}, or {@code bench/run --smoke} (500 rows,
 * once: what the build's smoke test runs).
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    /**
     * @param rows rows of the generated ledger
     * @param runs imports timed
     * @param dir  where the ledger file and the workspace go
     */
    record Settings(int rows, int runs, Path dir) {

        /** {@code [rows (default 1000000)] [runs (default 3)]}, or {@code --smoke}: 500 rows, once. */
        static Settings of(String[] args) {
            if (args.length > 0 && args[0].equals("--smoke")) {
                return smoke(Path.of("bench/target/smoke"));
            }
            return new Settings(args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000, args.length > 1 ? Integer.parseInt(args[1]) : 3,
                    Path.of("bench/target"));
        }

        /** 500 rows (all sixty months, 2020 to 2024, of every carrier and entity), imported once. */
        static Settings smoke(Path dir) {
            return new Settings(500, 1, dir);
        }
    }

    /**
     * What the last import did and the monthly sums the store holds afterwards (entity|month|carrier);
     * {@code sameAsDuckDb} is empty when DuckDB is not on the class path (the build's smoke test).
     */
    record Result(Path file, long accepted, long rejected, Map<String, BigDecimal> sums, Optional<Boolean> sameAsDuckDb) {
    }

    public static void main(String[] args) throws Exception {
        run(Settings.of(args));
    }

    static Result run(Settings settings) throws Exception {
        int rows = settings.rows();
        int runs = settings.runs();
        Path csv = EnergyLedgerFile.write(settings.dir().resolve("energy-" + rows + ".csv").toAbsolutePath(), rows, 42L);
        long bytes = Files.size(csv);
        System.out.printf("file: %s, %,d rows, %.1f MB%n", csv.getFileName(), rows, bytes / 1e6);

        List<Long> importMillis = new ArrayList<>();
        List<Long> sumMillis = new ArrayList<>();
        long peakHeap = 0;
        TreeMap<String, BigDecimal> ours = new TreeMap<>();
        ImportReport last = null;
        long dryMillis;
        try (var context = new SpringApplicationBuilder(EsgLedger.class).web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--esg.workspace=" + settings.dir().resolve("workspace").toAbsolutePath(), "--logging.level.root=WARN")) {
            context.getBean(DemoWorkspace.class).refresh(false);
            Ledgers ledgers = context.getBean(Ledgers.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            Actor manager = context.getBean(Users.class).actor(Optional.of(DemoWorkspace.MANAGER));
            for (int run = 0; run < runs; run++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                last = ledgers.importPath("energy", csv, new ImportOptions(false, true, manager));
                importMillis.add((System.nanoTime() - start) / 1_000_000);
                peakHeap = Math.max(peakHeap, heapPeak());
                System.out.printf("  ESG Ledger import run %d: %,d ms (accepted %,d, rejected %,d)%n", run + 1,
                        importMillis.get(run), last.accepted(), last.rejected());
            }
            System.gc();
            long dryStart = System.nanoTime();
            ledgers.importPath("energy", csv, new ImportOptions(true, true, manager));
            dryMillis = (System.nanoTime() - dryStart) / 1_000_000;
            long batch = last.batch().orElseThrow();
            for (int run = 0; run < runs; run++) {
                ours.clear();
                long start = System.nanoTime();
                jdbc.sql("""
                        select r.entity_code, to_char(r.month, 'YYYY-MM'), r.carrier, sum(r.quantity)
                        from energy_record r where r.batch_id = ? group by 1, 2, 3""")
                        .param(batch)
                        .query(rs -> {
                            ours.put(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3), rs.getBigDecimal(4));
                        });
                sumMillis.add((System.nanoTime() - start) / 1_000_000);
            }
        }

        List<Long> duckMillis = new ArrayList<>();
        TreeMap<String, BigDecimal> duck = new TreeMap<>();
        boolean withDuckDb = duckDb();
        if (withDuckDb) {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
                for (int run = 0; run < Math.max(runs, 5); run++) {
                    duck.clear();
                    long start = System.nanoTime();
                    try (ResultSet rs = s.executeQuery("select \"所属主体\", \"月份\", \"能源/水种类\", sum(cast(\"用量\" as decimal(18, 2))) "
                            + "from read_csv('" + csv + "', header = true, all_varchar = true) group by all")) {
                        while (rs.next()) {
                            duck.put(rs.getString(1) + "|" + rs.getString(2) + "|" + carrierCode(rs.getString(3)), rs.getBigDecimal(4));
                        }
                    }
                    duckMillis.add((System.nanoTime() - start) / 1_000_000);
                }
            }
        } else {
            System.out.println("DuckDB is not on the class path (bench/run puts it there with -Pbench): no comparison");
        }

        long importMedian = Math.max(1, median(importMillis));
        boolean agree = ours.size() == duck.size() && ours.keySet().equals(duck.keySet())
                && ours.entrySet().stream().allMatch(e -> e.getValue().compareTo(duck.get(e.getKey())) == 0);
        if (withDuckDb && !agree) {
            ours.keySet().stream().filter(k -> !duck.containsKey(k) || ours.get(k).compareTo(duck.get(k)) != 0).limit(3)
                    .forEach(k -> System.out.println("  differs: " + k + " ours=" + ours.get(k) + " duckdb=" + duck.get(k)));
            duck.keySet().stream().filter(k -> !ours.containsKey(k)).limit(3)
                    .forEach(k -> System.out.println("  only in DuckDB: " + k + " = " + duck.get(k)));
        }
        System.out.println();
        System.out.printf("| measure | value |%n|---|---|%n");
        System.out.printf("| rows / file size | %,d / %.1f MB |%n", rows, bytes / 1e6);
        System.out.printf("| ESG Ledger import, median of %d | %,d ms |%n", importMillis.size(), importMedian);
        System.out.printf("| ESG Ledger throughput | %,.0f rows/s, %.1f MB/s |%n", rows * 1000.0 / importMedian, bytes / 1e3 / importMedian);
        System.out.printf("| of which reading and checking (a --dry-run, no writes) | %,d ms |%n", dryMillis);
        System.out.printf("| ESG Ledger peak heap (sum of heap pools' peaks) | %,d MB |%n", peakHeap / (1024 * 1024));
        System.out.printf("| PostgreSQL monthly sums over the imported rows, median | %,d ms |%n", median(sumMillis));
        if (withDuckDb) {
            long duckMedian = median(duckMillis);
            System.out.printf("| DuckDB read_csv + monthly sums, median of %d | %,d ms |%n", duckMillis.size(), duckMedian);
            System.out.printf("| ESG Ledger throughput / DuckDB throughput | %s |%n",
                    BigDecimal.valueOf(duckMedian).divide(BigDecimal.valueOf(importMedian), 3, java.math.RoundingMode.HALF_UP));
            System.out.printf("| same sums (%,d groups) | %s |%n", ours.size(), agree ? "yes" : "NO");
        }
        System.out.printf("| runtime | %s %s, %d cores, max heap %,d MB |%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
        return new Result(csv, last.accepted(), last.rejected(), ours, withDuckDb ? Optional.of(agree) : Optional.empty());
    }

    private static boolean duckDb() {
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String carrierCode(String zh) {
        return switch (zh) {
            case "电力" -> "electricity";
            case "天然气" -> "natural_gas";
            case "柴油" -> "diesel";
            case "汽油" -> "gasoline";
            case "液化石油气" -> "lpg";
            case "燃料油" -> "fuel_oil";
            case "外购热力" -> "purchased_heat";
            case "自来水" -> "tap_water";
            default -> "reclaimed_water";
        };
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
