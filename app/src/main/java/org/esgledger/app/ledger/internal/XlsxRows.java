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
import org.esgledger.engine.i18n.EsgException;

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
    private XlsxCells cells;
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
        this.cells = new XlsxCells(strings, formats, date1904, sheet, refusal);
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
        int number = r == null ? lastRead + 1 : this.cells.rowNumber(r);
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
            column = ref == null ? column + 1 : this.cells.columnOf(ref);
            Cell cell = cell();
            if (cell.formula() && column < XlsxLimits.MAX_COLUMNS) {
                if (formulas.isEmpty()) {
                    formulas = new HashSet<>();
                }
                formulas.add(column);
            }
            cells = place(cells, cell.text());
        }
        return new LedgerInput.Line(number, cells, formulas);
    }

    /** The row's cells with a cell's text put in the current column (an empty text leaves them as they are). */
    private List<String> place(List<String> cells, String text) {
        if (text.isEmpty()) {
            return cells;
        }
        if (column >= XlsxLimits.MAX_COLUMNS) {
            throw refusal.tooLarge("columns", at(), sheet, CellReference.convertNumToColString(XlsxLimits.MAX_COLUMNS - 1),
                    XlsxLimits.MAX_COLUMNS);
        }
        List<String> placed = cells == NONE ? new ArrayList<>() : cells;
        while (placed.size() <= column) {
            placed.add("");
        }
        placed.set(column, text);
        return placed;
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
        return new Cell(this.cells.text(type, value, inline, style, at()), formula);
    }

    /** The reference of the cell at hand, for messages, e.g. {@code E12}. */
    private String at() {
        return CellReference.convertNumToColString(Math.min(column, 16_383)) + row;
    }

    private EsgException cellTooLong() {
        return refusal.tooLarge("cell", at(), sheet, XlsxLimits.MAX_CELL_CHARS);
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cells = cells.withoutTexts();
        xml.close();
        XlsxWorkbook.close(pkg, cleanup);
    }
}
