package org.esgledger.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.esgledger.app.intake.FormulaGuard;
import org.esgledger.app.report.Json;

/**
 * Writes rows of named columns as a table, CSV (UTF-8, RFC 4180) or JSON. Text cells that a
 * spreadsheet would run as a formula (starting with = + - @ or a tab) are prefixed with an
 * apostrophe in CSV; numeric columns are written as they are.
 */
final class Output {

    private final List<String> columns;
    private final List<Boolean> numeric;
    private final List<List<String>> rows = new ArrayList<>();

    Output(List<String> columns, List<String> numericColumns) {
        this.columns = List.copyOf(columns);
        this.numeric = columns.stream().map(numericColumns::contains).toList();
    }

    void row(List<String> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException("expected " + columns.size() + " cells, got " + cells.size());
        }
        rows.add(cells.stream().map(c -> c == null ? "" : c).toList());
    }

    void write(OutputFormat format, PrintWriter out) {
        switch (format) {
            case csv -> csv(out);
            case json -> json(out);
            default -> table(out);
        }
        out.flush();
    }

    private void csv(PrintWriter out) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(columns);
        for (List<String> r : rows) {
            List<String> safe = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                safe.add(numeric.get(i) ? r.get(i) : FormulaGuard.defuse(r.get(i)));
            }
            csv.writeRecord(safe);
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void json(PrintWriter out) {
        out.println("[");
        for (int r = 0; r < rows.size(); r++) {
            StringBuilder b = new StringBuilder("  {");
            for (int i = 0; i < columns.size(); i++) {
                String cell = rows.get(r).get(i);
                b.append(i == 0 ? "" : ", ").append(quote(columns.get(i))).append(": ");
                b.append(numeric.get(i) && !cell.isEmpty() ? cell : cell.isEmpty() && numeric.get(i) ? "null" : quote(cell));
            }
            b.append(r == rows.size() - 1 ? "}" : "},");
            out.println(b);
        }
        out.println("]");
    }

    static String quote(String s) {
        return Json.quote(s);
    }

    /** Columns padded to their widest cell (an East Asian character takes two columns). */
    private void table(PrintWriter out) {
        int[] width = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            width[i] = displayWidth(columns.get(i));
            for (List<String> r : rows) {
                width[i] = Math.min(48, Math.max(width[i], displayWidth(r.get(i))));
            }
        }
        printRow(columns, width, out);
        for (List<String> r : rows) {
            printRow(r, width, out);
        }
        out.println(rows.size() + " rows");
    }

    private void printRow(List<String> cells, int[] width, PrintWriter out) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = clip(cells.get(i), width[i]);
            b.append(cell).append(" ".repeat(Math.max(0, width[i] - displayWidth(cell)))).append("  ");
        }
        out.println(b.toString().stripTrailing());
    }

    private static String clip(String cell, int width) {
        if (displayWidth(cell) <= width) {
            return cell;
        }
        StringBuilder b = new StringBuilder();
        for (int cp : cell.codePoints().toArray()) {
            if (displayWidth(b + new String(Character.toChars(cp))) > width - 1) {
                break;
            }
            b.appendCodePoint(cp);
        }
        return b + "…";
    }

    static int displayWidth(String s) {
        return s.codePoints().map(cp -> cp >= 0x1100 && (cp <= 0x115F || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6)) ? 2 : 1).sum();
    }
}
