package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Lines over periods, one per series, with a dot and the printed value at each point. The scale
 * runs from zero to the largest value, so the same input always gives the same SVG text.
 */
public final class LineChart {

    static final int WIDTH = 560;
    static final int HEIGHT = 320;
    static final int TOP = 44;
    static final int BOTTOM = 260;
    static final int LEFT = 50;
    static final int RIGHT = 510;

    private LineChart() {
    }

    public static String svg(String title, List<String> categories, List<Series> series) {
        BigDecimal max = BigDecimal.ZERO;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                max = max.max(v);
            }
        }
        BigDecimal plot = BigDecimal.valueOf(BOTTOM - TOP);
        BigDecimal scale = max.signum() == 0 ? BigDecimal.ZERO : plot.divide(max, MathContext.DECIMAL64);
        BigDecimal step = categories.size() < 2 ? BigDecimal.ZERO
                : BigDecimal.valueOf(RIGHT - LEFT - 60).divide(BigDecimal.valueOf(categories.size() - 1), MathContext.DECIMAL64);
        StringBuilder s = Svg.open(WIDTH, HEIGHT, title);
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(BOTTOM).append("\" x2=\"").append(RIGHT).append("\" y2=\"")
                .append(BOTTOM).append("\" stroke=\"#444\"/>\n");
        for (int c = 0; c < categories.size(); c++) {
            BigDecimal x = BigDecimal.valueOf(LEFT + 30).add(step.multiply(BigDecimal.valueOf(c)));
            s.append("<text x=\"").append(Svg.n(x)).append("\" y=\"").append(BOTTOM + 18).append("\" text-anchor=\"middle\" font-size=\"12\" ")
                    .append(Svg.FONT).append('>').append(Svg.esc(categories.get(c))).append("</text>\n");
        }
        for (int k = 0; k < series.size(); k++) {
            Series line = series.get(k);
            String colour = Svg.PALETTE[k % Svg.PALETTE.length];
            StringBuilder points = new StringBuilder();
            for (int c = 0; c < categories.size(); c++) {
                BigDecimal x = BigDecimal.valueOf(LEFT + 30).add(step.multiply(BigDecimal.valueOf(c)));
                BigDecimal y = BigDecimal.valueOf(BOTTOM).subtract(line.values().get(c).multiply(scale));
                points.append(c == 0 ? "" : " ").append(Svg.n(x)).append(',').append(Svg.n(y));
                s.append("<circle cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"3.5\" fill=\"").append(colour)
                        .append("\" data-value=\"").append(line.values().get(c).toPlainString()).append("\"/>\n");
                s.append("<text x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y.subtract(BigDecimal.valueOf(8))))
                        .append("\" text-anchor=\"middle\" font-size=\"11\" ").append(Svg.FONT).append('>').append(Svg.esc(line.labels().get(c)))
                        .append("</text>\n");
            }
            s.append("<polyline points=\"").append(points).append("\" fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2\"/>\n");
            int ly = BOTTOM + 40;
            int lx = LEFT + k * 160;
            s.append("<rect x=\"").append(lx).append("\" y=\"").append(ly - 9).append("\" width=\"14\" height=\"4\" fill=\"").append(colour).append("\"/>\n");
            s.append("<text x=\"").append(lx + 18).append("\" y=\"").append(ly).append("\" font-size=\"11\" ").append(Svg.FONT).append('>')
                    .append(Svg.esc(line.name())).append("</text>\n");
        }
        return s.append("</svg>\n").toString();
    }
}
