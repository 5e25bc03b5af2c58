package org.esgledger.app.organisation.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.esgledger.app.intake.FormulaGuard;
import org.esgledger.app.organisation.OrganisationRow;

/**
 * The organisation as the file {@code esg load entities} reads (docs/formats/entities.md): UTF-8 with a BOM, one row per entity,
 * parents before their children; text cells defused ({@link FormulaGuard}).
 */
public final class OrganisationCsv {

    private OrganisationCsv() {
    }

    public static byte[] write(List<OrganisationRow> rows) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(EntityColumns.ORDER);
            for (OrganisationRow row : rows) {
                Map<String, String> cells = EntityColumns.of(row.entity());
                cells.put("note", row.note() == null ? "" : row.note());
                List<String> record = new ArrayList<>();
                EntityColumns.ORDER.forEach(c -> record.add(FormulaGuard.defuse(cells.get(c))));
                csv.writeRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }
}
