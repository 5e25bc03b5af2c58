package org.esgledger.app.ledger.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.ledger.TextDecoding;

/**
 * Reads a ledger file into rows of cell texts: XLSX and XLS workbooks through {@link WorkbookSheets};
 * CSV with its encoding detected (UTF-8, UTF-8 with BOM, UTF-16 with BOM, GB18030/GBK) and its
 * separator detected (comma, tab as in Excel's "Unicode text", semicolon). Rows keep their line
 * numbers through their position (row i is line i + 1).
 */
public final class SheetReader {

    /**
     * The rows of a sheet, the encoding (or workbook format) they were read with, and the cells that
     * held formulas ({@code row:column}, 1-based row, 0-based column): their cached values are in
     * {@code rows}, but a formula is not a value anyone entered, so rows using them are rejected.
     */
    public record Sheet(List<List<String>> rows, String encoding, java.util.Set<String> formulas) {
    }

    private SheetReader() {
    }

    public static Sheet read(SourceFile file, java.util.Optional<String> sheet) {
        if (WorkbookSheets.isWorkbook(file.bytes())) {
            return WorkbookSheets.read(file, sheet);
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(file.bytes());
        String text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
        char separator = separator(text);
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(new StringReader(text))) {
            for (CsvRecord record : csv) {
                int line = (int) record.getStartingLineNumber();
                while (rows.size() < line - 1) {
                    rows.add(List.of());
                }
                rows.add(record.getFields());
            }
        } catch (CsvParseException e) {
            throw new org.esgledger.engine.i18n.EsgException(org.esgledger.app.i18n.AppMessages.of("csv.malformed", e.getMessage()), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Sheet(rows, decoded.encoding(), java.util.Set.of());
    }

    /** The separator that splits the first lines most consistently. */
    static char separator(String text) {
        String head = text.lines().limit(10).reduce("", (a, b) -> a + "\n" + b);
        char best = ',';
        long bestCount = -1;
        for (char c : new char[] {',', '\t', ';'}) {
            long count = head.chars().filter(ch -> ch == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }
}
