package org.esgledger.app.ledger.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;

/**
 * The rows of an XLSX sheet, pulled one at a time from its XML: only the row at hand is in memory.
 * Rows are numbered by their {@code r} attribute; rows the file leaves out are returned as empty
 * rows, so numbering matches what Excel shows. Cells are placed by their column reference (missing
 * ones are "") and read the way Excel shows them: numbers exactly, with Excel's 15 digits ({@link ExcelNumbers}), date-formatted
 * numbers as ISO dates, booleans as true/false, errors as #ERROR; a cell holding a formula (its
 * cached value is read) is marked in the row's {@code formulas}. A cell without a value (only a
 * style) is no value at all, wherever it is. Limits: {@link XlsxLimits}.
 */
final class XlsxRows implements Iterator<LedgerInput.Line>, AutoCloseable {

    private static final List<String> NONE = List.of();

    private final OPCPackage pkg;
    private final XmlPart xml;
    private SharedStrings strings;
    private final CellFormats formats;
    private final boolean date1904;
    private final String sheet;
    private final WorkbookRefusal refusal;
    private final Runnable cleanup;

    private int emitted;
    private int lastRead;
    private LedgerInput.Line pending;
    private boolean done;
    private boolean closed;
    private int row;
    private int column;

    XlsxRows(OPCPackage pkg, XmlPart xml, SharedStrings strings, CellFormats formats, boolean date1904, String sheet,
             WorkbookRefusal refusal, Runnable cleanup) {
        this.pkg = pkg;
        this.xml = xml;
        this.strings = strings;
        this.formats = formats;
        this.date1904 = date1904;
        this.sheet = sheet;
        this.refusal = refusal;
        this.cleanup = cleanup;
    }

    String sheet() {
        return sheet;
    }

    @Override
    public boolean hasNext() {
        if (pending == null && !done) {
            try {
                pending = readRow();
            } catch (XMLStreamException | RuntimeException e) {
                done = true;
                throw refusal.of(e, xml.name());
            }
        }
        return pending != null;
    }

    @Override
    public LedgerInput.Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (pending.number() > emitted + 1) {
            emitted++;
            return new LedgerInput.Line(emitted, NONE);
        }
        LedgerInput.Line line = pending;
        pending = null;
        emitted = line.number();
        return line;
    }

    /** The next row element of the sheet's data, or null at its end. */
    private LedgerInput.Line readRow() throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.element()) {
                    case "row" -> {
                        return row();
                    }
                    case "worksheet", "sheetData" -> {
                        // their children are read
                    }
                    default -> xml.skip();
                }
            } else if (event == XMLStreamConstants.END_DOCUMENT
                    || event == XMLStreamConstants.END_ELEMENT && xml.element().equals("sheetData")) {
                done = true;
                close(); // the shared texts and the package are not needed any more: free them before the import goes on
                return null;
            }
        }
    }

    private LedgerInput.Line row() throws XMLStreamException {
        String r = xml.attribute("r");
        int number = r == null ? lastRead + 1 : rowNumber(r);
        if (number > XlsxLimits.MAX_ROWS) {
            throw refusal.tooLarge("rows", number, sheet, XlsxLimits.MAX_ROWS);
        }
        if (number <= lastRead) {
            throw refusal.unreadable("rowOrder", number, sheet, lastRead);
        }
        lastRead = number;
        row = number;
        column = -1;
        List<String> cells = NONE;
        Set<Integer> formulas = Set.of();
        for (int event = xml.next(); !(event == XMLStreamConstants.END_ELEMENT && xml.element().equals("row")); event = xml.next()) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of " + xml.name(), xml.xml().getLocation());
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!xml.element().equals("c")) {
                xml.skip();
                continue;
            }
            String ref = xml.attribute("r");
            column = ref == null ? column + 1 : columnOf(ref);
            Cell cell = cell();
            if (cell.formula() && column < XlsxLimits.MAX_COLUMNS) {
                if (formulas.isEmpty()) {
                    formulas = new HashSet<>();
                }
                formulas.add(column);
            }
            if (cell.text().isEmpty()) {
                continue;
            }
            if (column >= XlsxLimits.MAX_COLUMNS) {
                throw refusal.tooLarge("columns", at(), sheet, CellReference.convertNumToColString(XlsxLimits.MAX_COLUMNS - 1),
                        XlsxLimits.MAX_COLUMNS);
            }
            if (cells == NONE) {
                cells = new ArrayList<>();
            }
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, cell.text());
        }
        return new LedgerInput.Line(number, cells, formulas);
    }

    private record Cell(String text, boolean formula) {
    }

    /** The current {@code c} element, read to its end. */
    private Cell cell() throws XMLStreamException {
        String type = xml.attribute("t");
        String style = xml.attribute("s");
        StringBuilder value = null;
        StringBuilder inline = null;
        boolean formula = false;
        for (int event = xml.next(); !(event == XMLStreamConstants.END_ELEMENT && xml.element().equals("c")); event = xml.next()) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of " + xml.name(), xml.xml().getLocation());
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (xml.element()) {
                case "v" -> {
                    value = new StringBuilder();
                    xml.appendText(value, XlsxLimits.MAX_CELL_CHARS, this::cellTooLong);
                }
                case "f" -> {
                    formula = true;
                    xml.skip();
                }
                case "is" -> inline = new StringBuilder();
                case "t" -> {
                    if (inline != null) {
                        xml.appendText(inline, XlsxLimits.MAX_CELL_CHARS, this::cellTooLong);
                    } else {
                        xml.skip();
                    }
                }
                case "r" -> {
                    // a rich-text run of an inline string: its t is read
                }
                default -> xml.skip();
            }
        }
        return new Cell(text(type, value, inline, style), formula);
    }

    /** The reference of the cell at hand, for messages, e.g. {@code E12}. */
    private String at() {
        return CellReference.convertNumToColString(Math.min(column, 16_383)) + row;
    }

    private org.esgledger.engine.i18n.EsgException cellTooLong() {
        return refusal.tooLarge("cell", at(), sheet, XlsxLimits.MAX_CELL_CHARS);
    }

    private String text(String type, StringBuilder value, StringBuilder inline, String style) {
        if ("inlineStr".equals(type)) {
            return inline != null ? SharedStrings.decode(inline).toString() : value == null ? "" : value.toString();
        }
        if (value == null || value.length() == 0) {
            return "";
        }
        String v = value.toString();
        return switch (type == null ? "n" : type) {
            case "s" -> shared(v);
            case "str" -> SharedStrings.decode(value).toString();
            case "b" -> "1".equals(v.strip()) || "true".equalsIgnoreCase(v.strip()) ? "true" : "false";
            case "e" -> "#ERROR";
            case "d" -> v.length() >= 10 && v.charAt(4) == '-' ? v.substring(0, 10) : v;
            default -> number(v, style);
        };
    }

    private String shared(String v) {
        int index;
        try {
            index = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw refusal.unreadable("textRef", at(), sheet, v, strings.size());
        }
        if (index < 0 || index >= strings.size()) {
            throw refusal.unreadable("textRef", at(), sheet, v, strings.size());
        }
        return strings.get(index);
    }

    private String number(String v, String style) {
        java.math.BigDecimal value;
        try {
            value = new java.math.BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw refusal.unreadable("number", at(), sheet, v.length() > 40 ? v.substring(0, 40) + "…" : v);
        }
        int s = 0;
        if (style != null) {
            try {
                s = Integer.parseInt(style.strip());
            } catch (NumberFormatException e) {
                s = -1;
            }
        }
        if (formats.isDate(s)) {
            java.util.Optional<java.time.LocalDate> day = ExcelNumbers.date(value, date1904);
            if (day.isPresent()) {
                return day.get().toString();
            }
        }
        return ExcelNumbers.text(value);
    }

    private int rowNumber(String r) {
        try {
            int n = Integer.parseInt(r.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw refusal.unreadable("reference", r.length() > 20 ? r.substring(0, 20) + "…" : r, sheet);
    }

    /** The 0-based column of a reference such as {@code AB12}. */
    private int columnOf(String ref) {
        int index = 0;
        int i = 0;
        while (i < ref.length() && i < 4 && Character.isLetter(ref.charAt(i))) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0 || index > 16_384 || i < ref.length() && !Character.isDigit(ref.charAt(i))) {
            throw refusal.unreadable("reference", ref.length() > 20 ? ref.substring(0, 20) + "…" : ref, sheet);
        }
        return index - 1;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        strings = SharedStrings.none();
        xml.close();
        XlsxWorkbook.close(pkg, cleanup);
    }
}
