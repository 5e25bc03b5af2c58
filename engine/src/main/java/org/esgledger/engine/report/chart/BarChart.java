package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Vertical bars, grouped by category (years) with one bar per series, or stacked when asked; the
 * value label printed above each bar (or segment). Bar heights are proportional to the values on a
 * scale from zero to the largest bar; the same input always gives the same SVG text.
 */
public final class BarChart {

    static final int WIDTH = 560;
    static final int HEIGHT = 320;
    static final int TOP = 40;
    static final int BOTTOM = 270;
    static final int LEFT = 40;
    static final int RIGHT = 520;

    private BarChart() {
    }

    public static String svg(String title, List<String> categories, List<Series> series, boolean stacked) {
        BigDecimal max = tallest(categories.size(), series, stacked);
        BigDecimal plot = BigDecimal.valueOf(BOTTOM - TOP);
        BigDecimal scale = max.signum() == 0 ? BigDecimal.ZERO : plot.divide(max, MathContext.DECIMAL64);
        BigDecimal slot = BigDecimal.valueOf(RIGHT - LEFT).divide(BigDecimal.valueOf(categories.size()), MathContext.DECIMAL64);
        int bars = stacked ? 1 : series.size();
        BigDecimal barWidth = slot.multiply(new BigDecimal("0.7")).divide(BigDecimal.valueOf(bars), MathContext.DECIMAL64);
        StringBuilder s = Svg.open(WIDTH, HEIGHT, title);
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(BOTTOM).append("\" x2=\"").append(RIGHT).append("\" y2=\"")
                .append(BOTTOM).append("\" stroke=\"#444\"/>\n");
        for (int c = 0; c < categories.size(); c++) {
            BigDecimal x0 = BigDecimal.valueOf(LEFT).add(slot.multiply(BigDecimal.valueOf(c))).add(slot.multiply(new BigDecimal("0.15")));
            BigDecimal base = BigDecimal.valueOf(BOTTOM);
            for (int k = 0; k < series.size(); k++) {
                BigDecimal v = series.get(k).values().get(c);
                BigDecimal h = v.multiply(scale);
                BigDecimal x = stacked ? x0 : x0.add(barWidth.multiply(BigDecimal.valueOf(k)));
                BigDecimal y = base.subtract(h);
                s.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y)).append("\" width=\"").append(Svg.n(barWidth))
                        .append("\" height=\"").append(Svg.n(h)).append("\" fill=\"").append(Svg.PALETTE[k % Svg.PALETTE.length])
                        .append("\" data-value=\"").append(v.toPlainString()).append("\"/>\n");
                s.append("<text x=\"").append(Svg.n(x.add(barWidth.divide(BigDecimal.valueOf(2))))).append("\" y=\"")
                        .append(Svg.n(stacked ? y.add(BigDecimal.valueOf(14)) : y.subtract(BigDecimal.valueOf(4))))
                        .append("\" text-anchor=\"middle\" font-size=\"11\" ").append(Svg.FONT).append('>')
                        .append(Svg.esc(series.get(k).labels().get(c))).append("</text>\n");
                if (stacked) {
                    base = y;
                }
            }
            s.append("<text x=\"").append(Svg.n(x0.add(slot.multiply(new BigDecimal("0.35"))))).append("\" y=\"").append(BOTTOM + 18)
                    .append("\" text-anchor=\"middle\" font-size=\"12\" ").append(Svg.FONT).append('>').append(Svg.esc(categories.get(c)))
                    .append("</text>\n");
        }
        legend(s, series);
        return s.append("</svg>\n").toString();
    }

    /** The largest bar: the largest value, or the largest sum of a category when stacked. */
    private static BigDecimal tallest(int categories, List<Series> series, boolean stacked) {
        BigDecimal max = BigDecimal.ZERO;
        for (int c = 0; c < categories; c++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Series s : series) {
                max = max.max(s.values().get(c));
                sum = sum.add(s.values().get(c));
            }
            if (stacked) {
                max = max.max(sum);
            }
        }
        return max;
    }

    private static void legend(StringBuilder s, List<Series> series) {
        for (int k = 0; k < series.size(); k++) {
            int y = BOTTOM + 36;
            int x = LEFT + k * 150;
            s.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(Svg.PALETTE[k % Svg.PALETTE.length]).append("\"/>\n");
            s.append("<text x=\"").append(x + 14).append("\" y=\"").append(y).append("\" font-size=\"11\" ").append(Svg.FONT).append('>')
                    .append(Svg.esc(series.get(k).name())).append("</text>\n");
        }
    }
}
