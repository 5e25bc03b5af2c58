package org.esgledger.app.intake;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/**
 * A UTF-8 CSV file read into rows whose fields are looked up by column name. The header must hold
 * every required column and nothing unknown (a misspelt column is an error, not a silently empty
 * field); each row must have as many fields as the header. Problems go to {@link Problems}, with
 * the row number as a spreadsheet shows it (header = row 1).
 */
public final class CsvTable {

    private final List<Row> rows;

    private CsvTable(List<Row> rows) {
        this.rows = rows;
    }

    public List<Row> rows() {
        return rows;
    }

    /** A data row: its line number in the file and its fields by column name (trimmed). */
    public record Row(int line, Map<String, String> fields) {
        public String get(String column) {
            return fields.getOrDefault(column, "");
        }

        public boolean has(String column) {
            return !get(column).isEmpty();
        }
    }

    /** Reads a table whose columns must all be known: {@code optional} lists the ones that may be left out. */
    public static CsvTable read(SourceFile file, Set<String> required, Set<String> optional, Problems problems) {
        return parse(file, required, optional, problems);
    }

    /** Reads a reference table that may carry more columns than the ones used. */
    public static CsvTable readAllowingExtraColumns(SourceFile file, Set<String> required, Problems problems) {
        return parse(file, required, null, problems);
    }

    private static CsvTable parse(SourceFile file, Set<String> required, Set<String> optional, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file.bytes())).toString();
        } catch (CharacterCodingException e) {
            problems.add(1, "", "csv.notUtf8");
            return new CsvTable(List.of());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Row> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .skipEmptyLines(true).ofCsvRecord(new StringReader(text))) {
            List<String> header = null;
            for (CsvRecord record : csv) {
                int line = (int) record.getStartingLineNumber();
                if (header == null) {
                    header = record.getFields().stream().map(String::strip).toList();
                    if (!checkHeader(header, required, optional, line, problems)) {
                        return new CsvTable(List.of());
                    }
                    continue;
                }
                if (record.getFieldCount() != header.size()) {
                    problems.add(line, "", "csv.fieldCount", record.getFieldCount(), header.size());
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    fields.put(header.get(i), record.getField(i).strip());
                }
                rows.add(new Row(line, fields));
            }
            if (header == null) {
                problems.add(1, "", "csv.empty");
            }
        } catch (CsvParseException e) {
            problems.add(rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1, "", "csv.malformed", e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvTable(rows);
    }

    private static boolean checkHeader(List<String> header, Set<String> required, Set<String> optional, int line,
                                       Problems problems) {
        boolean ok = true;
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(line, column, "csv.missingColumn");
                ok = false;
            }
        }
        Set<String> seen = new HashSet<>();
        for (String column : header) {
            if (!seen.add(column)) {
                problems.add(line, column, "csv.duplicateColumn");
                ok = false;
            } else if (optional != null && !required.contains(column) && !optional.contains(column)) {
                List<String> known = new ArrayList<>(required);
                known.sort(null);
                known.addAll(optional);
                problems.add(line, column, "csv.unknownColumn", String.join(", ", known));
                ok = false;
            }
        }
        return ok;
    }
}
