package org.esgledger.app.ledger.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.esgledger.app.intake.FormulaGuard;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerRow;

/**
 * Writes records in a ledger kind's import layout: the Chinese headers of its columns, one row per
 * record, text defused against formula injection, UTF-8 with BOM (what Excel on Chinese Windows
 * opens correctly).
 */
final class LedgerCsv {

    private LedgerCsv() {
    }

    static <R> byte[] write(List<Column> columns, List<R> records, Function<R, List<String>> cells) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            csv.writeRecord(columns.stream().map(c -> c.header().zh()).toList());
            for (R r : records) {
                csv.writeRecord(cells.apply(r).stream().map(FormulaGuard::defuse).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    /** Rows of a batch: the row number in the file first ({@code 行号 row}), then the import layout. */
    static <R> byte[] writeRows(List<Column> columns, List<LedgerRow<R>> rows, Function<R, List<String>> cells) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            List<String> header = new ArrayList<>();
            header.add("行号 row");
            columns.forEach(c -> header.add(c.header().zh()));
            csv.writeRecord(header);
            for (LedgerRow<R> r : rows) {
                List<String> line = new ArrayList<>();
                line.add(String.valueOf(r.row()));
                cells.apply(r.record()).forEach(c -> line.add(FormulaGuard.defuse(c)));
                csv.writeRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }
}
