package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.esgledger.engine.report.narrative.Markup;

/**
 * Helpers for writing SVG deterministically: coordinates rounded to 0.01, text escaped, a fixed palette, and text
 * widths measured conservatively (a CJK or full-width glyph 1 em, any other {@value #LATIN_PERMILLE}‰ of an em, wider
 * than DejaVu Sans' digits) so that labels placed apart by these widths never print over each other.
 */
final class Svg {

    static final String[] PALETTE = {"#1F6F8B", "#99C24D", "#F18F01", "#C73E1D", "#6C4E80", "#3B8EA5", "#A5A58D", "#2E294E"};
    /** The text colour that reads on each palette colour. */
    static final String[] ON_PALETTE = {"#FFFFFF", "#1A1A1A", "#1A1A1A", "#FFFFFF", "#FFFFFF", "#FFFFFF", "#1A1A1A", "#FFFFFF"};
    static final String FONT = "font-family=\"DejaVu Sans, Droid Sans Fallback, Noto Sans CJK SC, sans-serif\"";
    static final int LATIN_PERMILLE = 640;
    static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Svg() {
    }

    static String n(BigDecimal v) {
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    static String n(long v) {
        return Long.toString(v);
    }

    static BigDecimal d(long v) {
        return BigDecimal.valueOf(v);
    }

    static String esc(String text) {
        return Markup.escape(text);
    }

    static String colour(int k) {
        return PALETTE[k % PALETTE.length];
    }

    /** The width of a text at a font size, measured conservatively. */
    static BigDecimal width(String text, BigDecimal size) {
        long permille = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            permille += wide(cp) ? 1000 : LATIN_PERMILLE;
            i += Character.charCount(cp);
        }
        return size.multiply(BigDecimal.valueOf(permille)).movePointLeft(3);
    }

    private static boolean wide(int cp) {
        return cp >= 0x1100 && (cp <= 0x115F || cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF
                || cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6 || cp >= 0x20000);
    }

    /** The largest font size, from {@code size} down to {@code smallest}, at which every text is at most {@code room} wide. */
    static BigDecimal fit(List<String> texts, BigDecimal room, int size, int smallest) {
        int s = size;
        while (s > smallest && widest(texts, d(s)).compareTo(room) > 0) {
            s--;
        }
        return d(s);
    }

    static BigDecimal widest(List<String> texts, BigDecimal size) {
        BigDecimal w = BigDecimal.ZERO;
        for (String t : texts) {
            w = w.max(width(t, size));
        }
        return w;
    }

    /**
     * A text broken into lines at most {@code room} wide: between words in Latin text, between any two characters in CJK
     * text; a single word wider than the room is broken between characters.
     */
    static List<String> wrap(String text, BigDecimal size, BigDecimal room) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String token : tokens(text)) {
            String candidate = line.length() == 0 ? token.stripLeading() : line + token;
            if (width(candidate, size).compareTo(room) <= 0) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            for (int i = 0; i < token.strip().length(); i++) {
                char c = token.strip().charAt(i);
                if (line.length() > 0 && width(line.toString() + c, size).compareTo(room) > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(c);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** Words with their leading space, and each wide character on its own. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || wide(c)) {
                if (word.length() > 0) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
                if (wide(c)) {
                    tokens.add(String.valueOf(c));
                    continue;
                }
            }
            word.append(c);
        }
        if (word.length() > 0) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** A text element: {@code anchor} start, middle or end; {@code extra} further attributes (may be empty). */
    static void text(StringBuilder s, BigDecimal x, BigDecimal y, String anchor, BigDecimal size, String content, String extra) {
        s.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (!anchor.equals("start")) {
            s.append(" text-anchor=\"").append(anchor).append('"');
        }
        s.append(" font-size=\"").append(n(size)).append("\" ").append(FONT);
        if (!extra.isEmpty()) {
            s.append(' ').append(extra);
        }
        s.append('>').append(esc(content)).append("</text>\n");
    }

    static void line(StringBuilder s, BigDecimal x1, BigDecimal y1, BigDecimal x2, BigDecimal y2, String stroke, String width) {
        s.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2)).append("\" y2=\"").append(n(y2))
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(width).append("\"/>\n");
    }

    static void rect(StringBuilder s, BigDecimal x, BigDecimal y, BigDecimal w, BigDecimal h, String fill, String extra) {
        s.append("<rect x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
                .append("\" fill=\"").append(fill).append('"').append(extra.isEmpty() ? "" : " " + extra).append("/>\n");
    }

    /**
     * The opening of a chart: its size, its title and description (what a reader who cannot see it is told: the values
     * in words) and the title printed at the top, set smaller when it is wider than the chart.
     */
    static StringBuilder open(int width, int height, ChartText text) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\">\n");
        s.append("<title>").append(esc(text.title())).append("</title>\n");
        s.append("<desc>").append(esc(text.description())).append("</desc>\n");
        BigDecimal size = fit(List.of(text.title()), d(width - 20), 14, 8);
        text(s, d(width / 2), d(20), "middle", size, text.title(), "font-weight=\"bold\"");
        return s;
    }
}
