package org.esgledger.app.report.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * How wide text is set in the bundled fonts, in thousandths of an em (a width at 10 pt is that
 * number divided by 100, in points): the advance width of each character in the PDF's own fonts,
 * the Latin face (regular or bold) where it has the glyph, else the CJK face (bold: LXGW WenKai
 * Bold, then Droid), as the PDF's font fallback sets it. Read once from the fonts' metrics tables, for the Basic Multilingual Plane; any
 * other character counts one em.
 */
final class TextWidths {

    static final int EM = 1000;
    private static final int PLANE = 0x10000;
    private static final short[] REGULAR = new short[PLANE];
    private static final short[] BOLD = new short[PLANE];

    static {
        short[] cjk = advances(PdfEdition.CJK, null);
        System.arraycopy(advances(PdfEdition.SANS, cjk), 0, REGULAR, 0, PLANE);
        System.arraycopy(advances(PdfEdition.SANS_BOLD, advances(PdfEdition.CJK_BOLD, cjk)), 0, BOLD, 0, PLANE);
    }

    private TextWidths() {
    }

    /** The width of the text on one line. */
    static int of(String text, boolean bold) {
        short[] table = bold ? BOLD : REGULAR;
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp < PLANE ? table[cp] : EM;
            i += Character.charCount(cp);
        }
        return width;
    }

    /**
     * The lines the text takes when set in a column this wide (thousandths of an em): broken where
     * the PDF's layout may break a line (the rules it uses, {@link BreakIterator} for
     * {@link Locale#US}: after a space or hyphen, between ideographs), each line filled as far as it
     * goes, a piece's trailing space counted as the layout counts it; a piece wider than the column
     * is broken inside, as the stylesheet's {@code word-wrap} does. Not the total width divided by
     * the column's: a narrow column wastes the end of most lines, and a tall cell would be taken
     * for shorter than it prints.
     */
    static int lines(String text, boolean bold, int width) {
        BreakIterator breaks = BreakIterator.getLineInstance(Locale.US);
        breaks.setText(text);
        int lines = 1;
        int used = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            int piece = of(text.substring(start, end), bold);
            if (used > 0 && used + piece > width) {
                lines++;
                used = 0;
            }
            for (; piece > width && width > 0; piece -= width) {
                lines++;
            }
            used += piece;
        }
        return lines;
    }

    /** A Chinese, Japanese or Korean ideograph or full-width form: set one em wide, and a line may break beside it. */
    static boolean ideograph(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }

    private static short[] advances(byte[] font, short[] fallback) {
        short[] widths = new short[PLANE];
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup();
            int unitsPerEm = ttf.getUnitsPerEm();
            for (int cp = 0; cp < PLANE; cp++) {
                int glyph = cmap.getGlyphId(cp);
                if (glyph > 0) {
                    widths[cp] = (short) (ttf.getAdvanceWidth(glyph) * EM / unitsPerEm);
                } else {
                    widths[cp] = fallback == null ? EM : fallback[cp];
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("bundled font unreadable", e);
        }
        return widths;
    }
}
