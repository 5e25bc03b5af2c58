package org.esgledger.app.ledger.internal;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell formats of a workbook ({@code styles.xml}, the {@code xf} records of {@code cellXfs})
 * show a number as a date, decided as Excel and Apache POI decide it ({@link DateUtil#isADateFormat}):
 * a date-formatted number is read as the date it shows. Only that one bit per format is kept.
 */
final class CellFormats {

    private final BitSet dates;

    private CellFormats(BitSet dates) {
        this.dates = dates;
    }

    static CellFormats none() {
        return new CellFormats(new BitSet());
    }

    /** True if cell format {@code style} (the cell's {@code s} attribute, 0 when absent) is a date format. */
    boolean isDate(int style) {
        return style >= 0 && dates.get(style);
    }

    /** Reads a {@code styles.xml} part. */
    static CellFormats read(XmlPart part, WorkbookRefusal refusal) throws XMLStreamException {
        Map<Integer, String> custom = new HashMap<>();
        Map<Integer, Boolean> isDate = new HashMap<>();
        BitSet dates = new BitSet();
        int xfs = 0;
        boolean inCellXfs = false;
        for (int event = part.next(); event != XMLStreamConstants.END_DOCUMENT; event = part.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (part.element()) {
                    case "numFmt" -> {
                        if (custom.size() == XlsxLimits.MAX_STYLES) {
                            throw refusal.tooLarge("styles", XlsxLimits.MAX_STYLES);
                        }
                        Integer id = number(part.attribute("numFmtId"));
                        if (id != null) {
                            custom.put(id, part.attribute("formatCode"));
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            if (xfs == XlsxLimits.MAX_STYLES) {
                                throw refusal.tooLarge("styles", XlsxLimits.MAX_STYLES);
                            }
                            Integer id = number(part.attribute("numFmtId"));
                            int format = id == null ? 0 : id;
                            if (isDate.computeIfAbsent(format, f -> DateUtil.isADateFormat(f,
                                    custom.containsKey(f) ? custom.get(f) : BuiltinFormats.getBuiltinFormat(f)))) {
                                dates.set(xfs);
                            }
                            xfs++;
                        }
                    }
                    case "fonts", "fills", "borders", "cellStyles", "dxfs", "tableStyles", "colors", "extLst" -> part.skip();
                    default -> {
                        // styleSheet, numFmts, cellStyleXfs and the parts of an xf
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && part.element().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        return new CellFormats(dates);
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
