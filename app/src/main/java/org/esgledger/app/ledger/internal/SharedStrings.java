package org.esgledger.app.ledger.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * The shared-string table of a workbook (the distinct texts cells refer to by number), read in one
 * pass and held compactly: the characters in pages of 2 MB, an index of 6 bytes per text, rather
 * than a String object per text (three times as much for short texts). Rich-text runs are joined,
 * phonetic runs ({@code rPh}) left out, {@code _xHHHH_} escapes decoded, as Excel shows the text.
 * Refused as too large past {@link XlsxLimits#MAX_SHARED_STRINGS} texts or
 * {@link XlsxLimits#MAX_SHARED_CHARS} characters, checked while reading.
 */
final class SharedStrings {

    private static final int PAGE_BITS = 20;
    private static final int PAGE = 1 << PAGE_BITS;

    private final List<char[]> pages = new ArrayList<>();
    private int[] starts = new int[1024];
    private char[] lengths = new char[1024];
    private int count;
    private int position;
    private long characters;

    static SharedStrings none() {
        return new SharedStrings();
    }

    int size() {
        return count;
    }

    String get(int index) {
        int start = starts[index];
        return new String(pages.get(start >>> PAGE_BITS), start & (PAGE - 1), lengths[index]);
    }

    private void add(CharSequence text, WorkbookRefusal refusal) {
        if (count == XlsxLimits.MAX_SHARED_STRINGS) {
            throw refusal.tooLarge("sharedStrings", XlsxLimits.MAX_SHARED_STRINGS);
        }
        characters += text.length();
        if (characters > XlsxLimits.MAX_SHARED_CHARS) {
            throw refusal.tooLarge("sharedChars", XlsxLimits.MAX_SHARED_CHARS);
        }
        if (pages.isEmpty() || (position & (PAGE - 1)) + text.length() > PAGE || (position & (PAGE - 1)) == 0 && position > 0) {
            // a text never straddles two pages (texts are at most 32,767 characters, a page is 1,048,576)
            position = pages.size() << PAGE_BITS;
            pages.add(new char[PAGE]);
        }
        char[] page = pages.get(position >>> PAGE_BITS);
        int offset = position & (PAGE - 1);
        for (int i = 0; i < text.length(); i++) {
            page[offset + i] = text.charAt(i);
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count + count / 2);
            lengths = Arrays.copyOf(lengths, count + count / 2);
        }
        starts[count] = position;
        lengths[count] = (char) text.length();
        count++;
        position += text.length();
    }

    /** Reads a {@code sharedStrings.xml} part. */
    static SharedStrings read(XmlPart part, WorkbookRefusal refusal) throws XMLStreamException {
        SharedStrings strings = new SharedStrings();
        StringBuilder text = new StringBuilder();
        boolean inItem = false;
        for (int event = part.next(); event != XMLStreamConstants.END_DOCUMENT; event = part.next()) {
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (part.element()) {
                    case "si" -> {
                        inItem = true;
                        text.setLength(0);
                    }
                    case "rPh", "phoneticPr", "extLst" -> part.skip();
                    case "t" -> {
                        if (inItem) {
                            int number = strings.count + 1;
                            part.appendText(text, XlsxLimits.MAX_CELL_CHARS,
                                    () -> refusal.tooLarge("text", number, XlsxLimits.MAX_CELL_CHARS));
                        } else {
                            part.skip();
                        }
                    }
                    default -> {
                        // sst, r (a rich-text run), rPr (its font): their t elements carry the text
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && part.element().equals("si")) {
                strings.add(decode(text), refusal);
                inItem = false;
            }
        }
        return strings;
    }

    /** Decodes Excel's {@code _xHHHH_} escapes (a carriage return is written {@code _x000D_}), as Excel shows the text. */
    static CharSequence decode(StringBuilder text) {
        if (text.length() < 7 || text.indexOf("_x") < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (i + 6 < text.length() && text.charAt(i) == '_' && text.charAt(i + 1) == 'x' && text.charAt(i + 6) == '_'
                    && hex(text, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(text.subSequence(i + 2, i + 6).toString(), 16));
                i += 6;
            } else {
                out.append(text.charAt(i));
            }
        }
        return out;
    }

    private static boolean hex(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
