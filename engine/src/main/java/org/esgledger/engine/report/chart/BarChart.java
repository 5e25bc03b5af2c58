package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Vertical bars, grouped by category (years) with one bar per series, or stacked when asked, on a value axis from zero
 * with round ticks and the unit ({@link CategoryPlot}). Each bar's value is printed above it; a stacked segment's inside
 * it, or beside the bar when the segment is too small to hold it. Labels are set smaller (down to 7 px) and then moved
 * up (or down, beside a stack) rather than printed over each other ({@link LabelBoxes}). The same input always gives the same SVG text.
 */
public final class BarChart {

    private static final BigDecimal SHARE = new BigDecimal("0.7");

    private BarChart() {
    }

    public static String svg(ChartText text, List<String> categories, List<Series> series, boolean stacked) {
        CategoryPlot plot = new CategoryPlot(text, categories, series, tallest(categories.size(), series, stacked));
        int bars = stacked ? 1 : series.size();
        BigDecimal barWidth = plot.slot.multiply(SHARE).divide(Svg.d(bars), MathContext.DECIMAL64);
        List<String> labels = series.stream().flatMap(x -> x.labels().stream()).toList();
        BigDecimal room = bars == 1 ? plot.slot.subtract(Svg.d(6)) : barWidth.subtract(Svg.d(1));
        BigDecimal size = Svg.fit(labels, stacked ? barWidth.subtract(Svg.d(4)) : room, 10, 7);
        StringBuilder s = plot.open();
        LabelBoxes placed = new LabelBoxes();
        for (int c = 0; c < categories.size(); c++) {
            BigDecimal x0 = plot.centre(c).subtract(plot.slot.multiply(SHARE).divide(Svg.TWO));
            BigDecimal base = Svg.d(CategoryPlot.BOTTOM);
            BigDecimal sum = BigDecimal.ZERO;
            List<BigDecimal[]> beside = new ArrayList<>();
            for (int k = 0; k < series.size(); k++) {
                BigDecimal v = series.get(k).values().get(c);
                String label = series.get(k).labels().get(c);
                sum = sum.add(v);
                BigDecimal top = plot.y(stacked ? sum : v);
                BigDecimal bottom = stacked ? base : Svg.d(CategoryPlot.BOTTOM);
                BigDecimal x = stacked ? x0 : x0.add(barWidth.multiply(Svg.d(k)));
                Svg.rect(s, x, top, barWidth, bottom.subtract(top), Svg.colour(k), "data-value=\"" + v.toPlainString() + "\"");
                BigDecimal middle = x.add(barWidth.divide(Svg.TWO));
                if (!stacked) {
                    Svg.text(s, middle, placed.placeCentred(middle, label, top.subtract(Svg.d(4)), size, true), "middle", size, label, "");
                } else if (bottom.subtract(top).compareTo(size.add(Svg.d(4))) >= 0) {
                    BigDecimal y = placed.placeCentred(middle, label, top.add(bottom).divide(Svg.TWO).add(size.multiply(new BigDecimal("0.35"))), size, false);
                    Svg.text(s, middle, y, "middle", size, label, "fill=\"" + Svg.ON_PALETTE[k % Svg.ON_PALETTE.length] + "\"");
                } else {
                    beside.add(new BigDecimal[] {BigDecimal.valueOf(k), top.add(bottom).divide(Svg.TWO).add(size.multiply(new BigDecimal("0.35")))});
                }
                base = top;
            }
            besides(s, series, c, x0.add(barWidth).add(Svg.d(3)), size, beside, placed);
        }
        return plot.close(s, false);
    }

    /**
     * The labels of stacked segments too small to hold them, beside the bar, from the top segment down, each moved down
     * until it prints over no other label.
     */
    private static void besides(StringBuilder s, List<Series> series, int c, BigDecimal x, BigDecimal size, List<BigDecimal[]> beside,
                                LabelBoxes placed) {
        for (int i = beside.size() - 1; i >= 0; i--) {
            int k = beside.get(i)[0].intValue();
            String label = series.get(k).labels().get(c);
            BigDecimal y = placed.place(x, Svg.width(label, size), beside.get(i)[1], size, false);
            Svg.text(s, x, y, "start", size, label, "fill=\"" + Svg.colour(k) + "\"");
        }
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
}
