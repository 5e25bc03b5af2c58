package org.esgledger.app.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

/**
 * The 2024 figures of the seed dataset as the seed report prints them, each with the section of the
 * report it is printed in (the part of {@code section_en} before " / ", mapped to the index's
 * sections where the seed names a sub-section the index does not list).
 */
record SeedFigures(List<Figure> figures, List<IndexRow> index) {

    static final Path DIR = Path.of("../../shared/seed-dataset");

    /** Seed sub-sections without their own index row, and the index section that holds them. */
    static final Map<String, String> PARENT = Map.of("Honors and awards", "About Us", "Major events in 2024", "About Us",
            "Sustainable development risk management", "Sustainable development governance system",
            "Salary management for directors, supervisors and senior managers", "Governance system");

    record Figure(String indicator, String sectionEn, String sectionZh, String printed) {
    }

    record IndexRow(String sectionEn, String sectionZh, String gri, String szse) {
    }

    static boolean present() {
        return Files.isRegularFile(DIR.resolve("indicators.csv"));
    }

    static SeedFigures read() throws IOException {
        List<IndexRow> index = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(DIR.resolve("index.csv"))) {
            csv.forEach(r -> index.add(new IndexRow(r.getField("section_en"), r.getField("section_zh"), r.getField("gri_disclosures"),
                    r.getField("szse_guideline17_articles"))));
        }
        List<Figure> figures = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(DIR.resolve("indicators.csv"))) {
            for (NamedCsvRecord r : csv) {
                if (!r.getField("year").equals("2024")) {
                    continue;
                }
                String top = r.getField("section_en").split(" / ")[0].strip();
                String section = PARENT.getOrDefault(top, top);
                String zh = index.stream().filter(i -> i.sectionEn().equals(section)).findFirst().orElseThrow(
                        () -> new IllegalStateException("no index section " + section)).sectionZh();
                figures.add(new Figure(r.getField("indicator_id"), section, zh, r.getField("value_as_printed")));
            }
        }
        return new SeedFigures(figures, index);
    }
}
