package org.esgledger.engine.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the header of a ledger sheet and maps its cells to a ledger kind's columns, the way people
 * lay out ledgers: title rows above the header, columns in any order and named in Chinese, English
 * or a common synonym, a unit in the header ({@code 用电量（度）}, {@code Quantity (kWh)}), total rows
 * ({@code 合计}, {@code 总计}, {@code Total}) below the data. Rows are 1-based as a spreadsheet shows them.
 *
 * <p>The header is the first of the first {@value #HEADER_SEARCH_ROWS} rows that names every required
 * column; rows above it are reported as skipped title rows.
 */
public final class LedgerTable {

    public static final int HEADER_SEARCH_ROWS = 10;
    private static final Pattern HEADER_UNIT = Pattern.compile("(.*?)\\s*[(（\\[【]\\s*([^)）\\]】]+)\\s*[)）\\]】]\\s*");
    private static final Set<String> TOTAL_WORDS = Set.of("合计", "总计", "小计", "共计", "total", "totals", "sum", "grand total", "subtotal");

    /** A data row: its row number and its cells by column code (empty string for a blank cell). */
    public record Row(int number, Map<String, String> cells) {
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /** A row that was not read as data, and why (title, blank or total row). */
    public record Skipped(int number, String reason) {
    }

    /** The header that was found, or why none was. */
    public record Header(int row, Map<Integer, Column> columns, Map<String, String> units, List<String> unknown) {
    }

    private final Header header;
    private final List<Row> rows;
    private final List<Skipped> skipped;

    private LedgerTable(Header header, List<Row> rows, List<Skipped> skipped) {
        this.header = header;
        this.rows = rows;
        this.skipped = skipped;
    }

    public Header header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Skipped> skipped() {
        return skipped;
    }

    /**
     * Reads the rows of a sheet (each a list of cell texts) for the given columns.
     *
     * @throws LedgerLayoutException if no header naming every required column is found, or a column is named twice
     */
    public static LedgerTable read(List<List<String>> sheet, List<Column> columns) {
        Header header = findHeader(sheet.subList(0, Math.min(sheet.size(), HEADER_SEARCH_ROWS)), columns);
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < header.row() - 1; i++) {
            skipped.add(new Skipped(i + 1, "title"));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = header.row(); i < sheet.size(); i++) {
            Line line = line(header, i + 1, sheet.get(i));
            if (line instanceof Line.Data data) {
                rows.add(data.row());
            } else if (line instanceof Line.Skip skip) {
                skipped.add(skip.skipped());
            }
        }
        return new LedgerTable(header, rows, skipped);
    }

    /** A line below the header: a data row, or a blank or total row that is skipped. */
    public sealed interface Line permits Line.Data, Line.Skip {
        record Data(Row row) implements Line {
        }

        record Skip(Skipped skipped) implements Line {
        }
    }

    /** What a line below the header is, for reading a sheet one line at a time. */
    public static Line line(Header header, int number, List<String> cells) {
        if (cells.stream().allMatch(c -> CellText.fold(c).isEmpty())) {
            return new Line.Skip(new Skipped(number, "blank"));
        }
        String first = cells.stream().map(CellText::fold).filter(c -> !c.isEmpty()).findFirst().orElse("");
        if (TOTAL_WORDS.contains(first.toLowerCase(Locale.ROOT).replace(":", "").replace("：", ""))) {
            return new Line.Skip(new Skipped(number, "total"));
        }
        Map<String, String> byColumn = new LinkedHashMap<>();
        for (Map.Entry<Integer, Column> e : header.columns().entrySet()) {
            int index = e.getKey();
            byColumn.put(e.getValue().code(), index < cells.size() ? CellText.fold(cells.get(index)) : "");
        }
        return new Line.Data(new Row(number, byColumn));
    }

    /**
     * The header among the first rows of a sheet: the first that names every required column.
     *
     * @throws LedgerLayoutException if none does, or a column is named twice
     */
    public static Header findHeader(List<List<String>> firstRows, List<Column> columns) {
        int limit = Math.min(firstRows.size(), HEADER_SEARCH_ROWS);
        List<String> bestMissing = null;
        for (int i = 0; i < limit; i++) {
            Header candidate = candidate(i + 1, firstRows.get(i), columns);
            List<String> missing = columns.stream().filter(Column::required).filter(col -> !candidate.columns().containsValue(col))
                    .map(col -> col.header().zh() + " / " + col.header().en()).toList();
            if (candidate.columns().isEmpty()) {
                continue;
            }
            if (missing.isEmpty()) {
                return candidate;
            }
            if (bestMissing == null || missing.size() < bestMissing.size()) {
                bestMissing = missing;
            }
        }
        throw new LedgerLayoutException("ledger.noHeader", HEADER_SEARCH_ROWS,
                bestMissing == null ? columns.stream().filter(Column::required).map(c -> c.header().zh() + " / " + c.header().en()).toList()
                        : bestMissing);
    }

    /** A row read as a header: the columns it names (a unit in brackets kept apart), and what it names that is no column. */
    private static Header candidate(int rowNumber, List<String> cells, List<Column> columns) {
        Map<Integer, Column> mapped = new LinkedHashMap<>();
        Map<String, String> units = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String text = CellText.fold(cells.get(c));
            if (text.isEmpty()) {
                continue;
            }
            String name = text;
            String unit = null;
            Matcher m = HEADER_UNIT.matcher(text);
            if (m.matches()) {
                name = m.group(1);
                unit = m.group(2).strip();
            }
            Optional<Column> column = match(columns, text);
            if (column.isEmpty()) {
                column = match(columns, name);
            } else {
                unit = null;
            }
            if (column.isEmpty()) {
                unknown.add(text);
                continue;
            }
            if (mapped.containsValue(column.get())) {
                throw new LedgerLayoutException("ledger.columnTwice", rowNumber, column.get().header().zh(), column.get().header().en());
            }
            mapped.put(c, column.get());
            if (unit != null) {
                units.put(column.get().code(), unit);
            }
        }
        return new Header(rowNumber, mapped, units, unknown);
    }

    /** A column whose own header (code, zh, en) is the name wins over one that has it as a synonym. */
    private static Optional<Column> match(List<Column> columns, String name) {
        Optional<Column> own = columns.stream().filter(c -> c.isNamed(name)).findFirst();
        return own.isPresent() ? own : columns.stream().filter(c -> c.answersTo(name)).findFirst();
    }
}
