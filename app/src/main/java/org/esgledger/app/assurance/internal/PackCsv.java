package org.esgledger.app.assurance.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.esgledger.app.intake.FormulaGuard;

/**
 * One CSV table of the pack, written row by row into its entry: UTF-8 with a byte order mark (as the data pack's CSV, so
 * that a spreadsheet reads the Chinese text), LF line ends, every text cell a spreadsheet would run as a formula defused
 * ({@link FormulaGuard}); the number columns named are written as they are.
 */
final class PackCsv {

    private final Writer text;
    private final CsvWriter csv;
    private final List<String> columns;
    private final Set<String> numbers;

    PackCsv(OutputStream out, List<String> columns, Set<String> numbers) throws IOException {
        this.text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.text.write('\uFEFF');
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(text);
        this.columns = List.copyOf(columns);
        this.numbers = Set.copyOf(numbers);
        csv.writeRecord(columns);
    }

    void row(List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i) == null ? "" : cells.get(i);
            safe.add(numbers.contains(columns.get(i)) ? cell : FormulaGuard.defuse(cell));
        }
        csv.writeRecord(safe);
    }

    /** Flushes what is written into the entry (the entry's stream stays open). */
    void end() {
        try {
            csv.flush();
            text.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
