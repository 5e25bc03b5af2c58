package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.esgledger.app.audit.ChainHead;
import org.junit.jupiter.api.Test;

/** The data pack's CSV puts an apostrophe before every text that starts with a formula character; the exact value stays a number. */
class DataPackCsvTest {

    static final List<String> FORMULAS = List.of("=cmd|' /C calc'!A0", "+1", "-1", "@SUM(1)");

    @Test
    void everyTextThatStartsLikeAFormulaIsDefused() throws Exception {
        Map<String, Object> figure = new HashMap<>();
        DataPackCsv.COLUMNS.forEach(c -> figure.put(c, FORMULAS.get(Math.floorMod(c.hashCode(), FORMULAS.size()))));
        figure.put("value", "-1");
        figure.put("provenance", Map.of("file", FORMULAS.get(0), "row", "2", "origin", "+1", "status", "@SUM(1)"));
        figure.put("references", Map.of("szse", List.of("=A1"), "gri", List.of(), "issb", List.of(), "sdg", List.of()));
        figure.put("inputs", List.of("-1"));
        figure.put("report_sections", List.of("@x"));
        figure.put("findings", List.of());
        String csv = DataPackCsv.of(List.of(figure), new ChainHead(1, "0".repeat(64)));
        List<String> row = new ArrayList<>();
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(csv.substring(1))) {
            reader.stream().skip(1).findFirst().ifPresent(r -> row.addAll(r.getFields()));
        }
        for (int i = 0; i < row.size(); i++) {
            String column = DataPackCsv.COLUMNS.get(i);
            if (column.equals("value")) {
                assertThat(row.get(i)).as("the exact value is a number").isEqualTo("-1");
            } else {
                assertThat(row.get(i)).as(column).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
            }
        }
        assertThat(row).contains("'" + FORMULAS.get(0), "'=A1", "'+1", "'@SUM(1)");
    }
}
