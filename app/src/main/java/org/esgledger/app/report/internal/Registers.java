package org.esgledger.app.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.i18n.EsgException;

/**
 * The registers a template draws tables from (risks and opportunities, SDGs, stakeholders,
 * material topics): CSV files named {@code SOURCE.csv} in the folder beside the template, read
 * once, each row a map from column to text. Size is bounded by {@link SourceFile#MAX_BYTES}.
 */
public final class Registers {

    private final Path folder;
    private final Map<String, List<Map<String, String>>> cache = new ConcurrentHashMap<>();

    public Registers(Path folder) {
        this.folder = folder;
    }

    public List<Map<String, String>> rows(String source) {
        if (!source.matches("[a-z][a-z0-9_-]*")) {
            throw new EsgException(AppMessages.of("report.register.name", source));
        }
        return cache.computeIfAbsent(source, this::read);
    }

    private List<Map<String, String>> read(String source) {
        Path file = folder.resolve(source + ".csv");
        if (!Files.isRegularFile(file)) {
            throw new EsgException(AppMessages.of("report.register.missing", source, file.toString()));
        }
        SourceFile f = SourceFile.of(file);
        String text = new String(f.bytes(), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(text)) {
            List<String> header = null;
            for (CsvRecord r : csv) {
                if (header == null) {
                    header = r.getFields();
                    continue;
                }
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i).strip(), i < r.getFieldCount() ? r.getField(i) : "");
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
