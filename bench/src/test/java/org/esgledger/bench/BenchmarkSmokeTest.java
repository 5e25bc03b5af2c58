package org.esgledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Each benchmark once, at a tiny size, so that the build notices when one no longer runs (the
 * import benchmark's own ledger was refused for months once). No timing is asserted: only that
 * each runs through and that what it computes is right. DuckDB and LibreOffice are left out. The
 * import and render benchmarks share one workspace, so the demo is loaded once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarkSmokeTest {

    static final Path DIR = Path.of("target/smoke");

    @Test
    void theImportBenchmarkImportsEveryRowOfItsGeneratedLedgerAndTheStoreHoldsItsSums() throws Exception {
        ImportBenchmark.Result r = ImportBenchmark.run(ImportBenchmark.Settings.smoke(DIR));
        assertThat(r.rejected()).isZero();
        assertThat(r.accepted()).isEqualTo(ImportBenchmark.Settings.smoke(DIR).rows());
        assertThat(r.sums()).isEqualTo(sums(r.file()));
    }

    @Test
    void theCalculationBenchmarkEndsWhereAFullRecomputeDoes() throws Exception {
        CalculationBenchmark.Result r = CalculationBenchmark.run(CalculationBenchmark.Settings.smoke(DIR));
        assertThat(r.outcomes()).isPositive();
        assertThat(r.available()).isPositive();
        assertThat(r.incrementalEqualsFull()).isTrue();
        assertThat(r.workbook()).isNotEmptyFile();
    }

    @Test
    void theRenderBenchmarkRendersTheDemoReport() throws Exception {
        List<Path> files = RenderBenchmark.run(RenderBenchmark.Settings.smoke(DIR));
        assertThat(files).extracting(f -> f.getFileName().toString()).contains("report-2024-zh.html", "report-2024-en.html",
                "lineage-2024.html");
        assertThat(files).allSatisfy(f -> assertThat(f).isNotEmptyFile());
    }

    /** Last: it serves the demo workspace the render benchmark left (or loads the demo when run alone). */
    @Test
    @Order(Integer.MAX_VALUE)
    void theWebLoadBenchmarkGetsEveryPageSignedIn() throws Exception {
        List<WebLoad.Result> results = WebLoadBenchmark.run(WebLoadBenchmark.Settings.smoke(DIR));
        assertThat(results).extracting(WebLoad.Result::page).containsExactly("dashboard", "fact grid", "figure list", "figure explorer");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.answers()).as(r.line()).isPositive();
            assertThat(r.failed()).as(r.line()).isZero();
        });
    }

    /** The monthly sums per entity and carrier, read straight from the generated file (entity|month|carrier code). */
    private static Map<String, BigDecimal> sums(Path file) throws Exception {
        Map<String, String> carriers = Map.of("电力", "electricity", "天然气", "natural_gas", "柴油", "diesel", "汽油", "gasoline",
                "液化石油气", "lpg", "燃料油", "fuel_oil", "外购热力", "purchased_heat", "自来水", "tap_water", "中水", "reclaimed_water");
        Map<String, BigDecimal> sums = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] c = line.split(",");
                sums.merge(c[0] + "|" + c[1] + "|" + carriers.get(c[2]), new BigDecimal(c[3]), BigDecimal::add);
            }
        }
        return sums;
    }
}
