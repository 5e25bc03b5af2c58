package org.esgledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.ledger.internal.LedgerInput;

/**
 * The XLSX benchmark (bench/run-xlsx): writes the workbooks of {@link XlsxLedgerFiles}, times reading
 * each one row by row in this JVM, then imports each with {@code esg import} in a child JVM under
 * {@code -Xmx512m}, as a user would, measuring wall time and peak RSS with {@code /usr/bin/time}.
 * A CSV of one row measures the fixed cost of a start (JVM, Spring, embedded PostgreSQL, facts).
 * With {@code OLD_JAR} set, the same imports run with that jar too (the reader before streaming).
 * Usage: {@code XlsxImportBenchmark DIR RUNS}.
 */
public final class XlsxImportBenchmark {

    private record Run(double seconds, double cpuSeconds, long maxRssKb, int exit, String summary) {
    }

    private XlsxImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "bench/target/xlsx").toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path jar = Path.of("app/target/esg-ledger-exec.jar").toAbsolutePath();
        Path workspace = dir.resolve("workspace");
        List<Path> files = files(dir);
        System.out.printf("runtime: %s %s, %d cores, this JVM's max heap %,d MB%n", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        System.out.println("\n| file | size | lines | read row by row (this JVM), median |\n|---|---|---|---|");
        for (Path f : files) {
            List<Double> seconds = new ArrayList<>();
            int lines = 0;
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                lines = 0;
                try (LedgerInput in = LedgerInput.of(f, Optional.empty())) {
                    while (in.hasNext()) {
                        in.next();
                        lines++;
                    }
                }
                seconds.add((System.nanoTime() - start) / 1e9);
            }
            System.out.printf("| %s | %.1f MB | %,d | %.2f s %s |%n", f.getFileName(), Files.size(f) / 1e6, lines, median(seconds), seconds);
        }

        if (!Files.isDirectory(workspace.resolve("pgdata"))) {
            exec(List.of("java", "-jar", jar.toString(), "--workspace", workspace.toString(), "demo"));
        }
        Path tiny = dir.resolve("one-row.csv");
        Files.writeString(tiny, "所属主体,月份,能源/水种类,用量,计量单位,金额,供应商\ngroup,2024-01,电力,1200.5,度,960.4,供电局/表1\n",
                StandardCharsets.UTF_8);
        List<Path> all = new ArrayList<>(List.of(tiny));
        all.addAll(files);
        System.out.println("\n| file (reader) | esg import: wall, median | CPU (user + sys), median | peak RSS, median | runs (wall s / CPU s / MB) | exit | output |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (Path f : all) {
            boolean million = f.getFileName().toString().contains("1000000");
            report("new", f, imports(jar, workspace, f, million ? 1 : runs, "-Xmx512m", false));
            if (million) {
                report("new, --dry-run", f, imports(jar, workspace, f, runs, "-Xmx512m", true));
            }
        }
        String old = System.getenv("OLD_JAR");
        if (old != null && !old.isBlank()) {
            for (Path f : all) {
                if (f.getFileName().toString().endsWith(".xlsx")) {
                    report("old", f, imports(Path.of(old), workspace, f, 1, "-Xmx512m", false));
                }
            }
            String bigHeap = System.getenv().getOrDefault("OLD_HEAP", "-Xmx8g");
            for (Path f : files) {
                if (f.getFileName().toString().endsWith(".xlsx") && !f.getFileName().toString().contains("1000000")) {
                    report("old " + bigHeap, f, imports(Path.of(old), workspace, f, 1, bigHeap, false));
                }
            }
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        return XlsxLedgerFiles.writeMissing(dir);
    }

    /**
     * Imports {@code file} under one name for every file, so that each import replaces the one before
     * (--replace) and only one large batch is active at a time: the facts of the energy ledger are
     * computed from all active batches.
     */
    private static List<Run> imports(Path jar, Path workspace, Path file, int runs, String heap, boolean dryRun) throws Exception {
        Path named = workspace.resolveSibling("energy-ledger-bench");
        Files.copy(file, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<Run> done = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path timing = Files.createTempFile("esg-bench-", ".time");
            List<String> command = new ArrayList<>(List.of("/usr/bin/time", "-o", timing.toString(), "-f", "%e %M %U %S", "java", heap,
                    "-jar", jar.toString(), "--workspace", workspace.toString(), "import", "--ledger", "energy", named.toString(), "--replace"));
            if (dryRun) {
                command.add("--dry-run");
            }
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = p.waitFor();
            String[] t = Files.readString(timing).strip().lines().reduce((a, b) -> b).orElse("0 0 0 0").split(" ");
            Files.delete(timing);
            String summary = output.lines().filter(l -> l.contains("skipped rows") || l.contains("Error") || l.contains("accepted rows")
                            || l.contains("OutOfMemoryError"))
                    .map(String::strip).reduce((a, b) -> a + "; " + b).orElse("");
            done.add(new Run(Double.parseDouble(t[0]), Double.parseDouble(t[2]) + Double.parseDouble(t[3]), Long.parseLong(t[1]), exit, summary.length() > 160 ? summary.substring(0, 160) + "…" : summary));
        }
        return done;
    }

    private static void report(String reader, Path f, List<Run> runs) {
        double wall = median(runs.stream().map(Run::seconds).toList());
        double cpu = median(runs.stream().map(Run::cpuSeconds).toList());
        double rss = median(runs.stream().map(r -> r.maxRssKb() / 1024.0).toList());
        String each = runs.stream().map(r -> String.format("%.1f / %.1f / %.0f", r.seconds(), r.cpuSeconds(), r.maxRssKb() / 1024.0))
                .reduce((a, b) -> a + ", " + b).orElse("");
        Run last = runs.get(runs.size() - 1);
        System.out.printf("| %s (%s) | %.1f s | %.1f s | %.0f MB | %s | %d | %s |%n", f.getFileName(), reader, wall, cpu, rss, each, last.exit(),
                last.summary());
    }

    private static void exec(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException(command + " failed");
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
