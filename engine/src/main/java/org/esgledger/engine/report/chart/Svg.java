package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.esgledger.engine.report.narrative.Markup;

/** Helpers for writing SVG deterministically: coordinates rounded to 0.01, text escaped, a fixed palette. */
final class Svg {

    static final String[] PALETTE = {"#1F6F8B", "#99C24D", "#F18F01", "#C73E1D", "#6C4E80", "#3B8EA5", "#A5A58D", "#2E294E"};
    static final String FONT = "font-family=\"DejaVu Sans, Droid Sans Fallback, Noto Sans CJK SC, sans-serif\"";

    private Svg() {
    }

    static String n(BigDecimal v) {
        BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (r.scale() < 0 ? r.setScale(0) : r).toPlainString();
    }

    static String n(long v) {
        return Long.toString(v);
    }

    static String esc(String text) {
        return Markup.escape(text);
    }

    static StringBuilder open(int width, int height, String title) {
        StringBuilder s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\" role=\"img\">\n");
        s.append("<title>").append(esc(title)).append("</title>\n");
        s.append("<text x=\"").append(width / 2).append("\" y=\"20\" text-anchor=\"middle\" font-size=\"14\" ").append(FONT).append('>')
                .append(esc(title)).append("</text>\n");
        return s;
    }
}
