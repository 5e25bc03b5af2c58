package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * A donut of shares (employees by gender, by age band): each slice a stroke of a circle whose dash
 * length is its share of the circumference, so no trigonometry is needed and the output is exact
 * to the hundredth; the legend prints each slice's label.
 */
public final class DonutChart {

    static final int SIZE = 320;
    static final BigDecimal RADIUS = new BigDecimal("80");
    /** π to 20 digits: the circumference of the donut's circle. */
    static final BigDecimal PI = new BigDecimal("3.14159265358979323846");

    private DonutChart() {
    }

    public static String svg(String title, List<String> names, Series shares) {
        BigDecimal total = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal circumference = RADIUS.multiply(new BigDecimal("2")).multiply(PI);
        StringBuilder s = Svg.open(SIZE + 200, SIZE, title);
        BigDecimal offset = BigDecimal.ZERO;
        for (int i = 0; i < names.size(); i++) {
            BigDecimal v = shares.values().get(i);
            BigDecimal length = total.signum() == 0 ? BigDecimal.ZERO : circumference.multiply(v).divide(total, MathContext.DECIMAL64);
            s.append("<circle cx=\"160\" cy=\"170\" r=\"").append(Svg.n(RADIUS)).append("\" fill=\"none\" stroke=\"")
                    .append(Svg.PALETTE[i % Svg.PALETTE.length]).append("\" stroke-width=\"40\" stroke-dasharray=\"").append(Svg.n(length))
                    .append(' ').append(Svg.n(circumference.subtract(length))).append("\" stroke-dashoffset=\"").append(Svg.n(offset.negate()))
                    .append("\" transform=\"rotate(-90 160 170)\" data-value=\"").append(v.toPlainString()).append("\"/>\n");
            offset = offset.add(length);
            int y = 90 + i * 22;
            s.append("<rect x=\"300\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(Svg.PALETTE[i % Svg.PALETTE.length]).append("\"/>\n");
            s.append("<text x=\"318\" y=\"").append(y).append("\" font-size=\"12\" ").append(Svg.FONT).append('>')
                    .append(Svg.esc(names.get(i) + " " + shares.labels().get(i))).append("</text>\n");
        }
        return s.append("</svg>\n").toString();
    }
}
