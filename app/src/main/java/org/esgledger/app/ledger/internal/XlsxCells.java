package org.esgledger.app.ledger.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What an XLSX cell holds, read the way Excel shows it (see {@link XlsxRows}): shared and inline
 * texts, numbers exactly with Excel's 15 digits, date-formatted numbers as ISO dates, booleans as
 * true/false, errors as #ERROR; and the row and column references of the sheet's XML. A value or
 * reference that cannot be read refuses the file, naming the cell.
 */
final class XlsxCells {

    private final SharedStrings strings;
    private final CellFormats formats;
    private final boolean date1904;
    private final String sheet;
    private final WorkbookRefusal refusal;

    XlsxCells(SharedStrings strings, CellFormats formats, boolean date1904, String sheet, WorkbookRefusal refusal) {
        this.strings = strings;
        this.formats = formats;
        this.date1904 = date1904;
        this.sheet = sheet;
        this.refusal = refusal;
    }

    /** The same reading without the shared texts, once the sheet is read (they may be large). */
    XlsxCells withoutTexts() {
        return new XlsxCells(SharedStrings.none(), formats, date1904, sheet, refusal);
    }

    /**
     * A cell's text.
     *
     * @param type  the cell's {@code t} attribute (null for a number)
     * @param style the cell's {@code s} attribute (null for none)
     * @param at    the cell's reference, for messages
     */
    String text(String type, StringBuilder value, StringBuilder inline, String style, String at) {
        if ("inlineStr".equals(type)) {
            return inline != null ? SharedStrings.decode(inline).toString() : value == null ? "" : value.toString();
        }
        if (value == null || value.length() == 0) {
            return "";
        }
        String v = value.toString();
        return switch (type == null ? "n" : type) {
            case "s" -> shared(v, at);
            case "str" -> SharedStrings.decode(value).toString();
            case "b" -> "1".equals(v.strip()) || "true".equalsIgnoreCase(v.strip()) ? "true" : "false";
            case "e" -> "#ERROR";
            case "d" -> v.length() >= 10 && v.charAt(4) == '-' ? v.substring(0, 10) : v;
            default -> number(v, style, at);
        };
    }

    private String shared(String v, String at) {
        int index;
        try {
            index = Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw refusal.unreadable("textRef", at, sheet, v, strings.size());
        }
        if (index < 0 || index >= strings.size()) {
            throw refusal.unreadable("textRef", at, sheet, v, strings.size());
        }
        return strings.get(index);
    }

    private String number(String v, String style, String at) {
        BigDecimal value;
        try {
            value = new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw refusal.unreadable("number", at, sheet, v.length() > 40 ? v.substring(0, 40) + "…" : v);
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
            Optional<LocalDate> day = ExcelNumbers.date(value, date1904);
            if (day.isPresent()) {
                return day.get().toString();
            }
        }
        return ExcelNumbers.text(value);
    }

    /** The number of a row from its {@code r} attribute. */
    int rowNumber(String r) {
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
    int columnOf(String ref) {
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
}
