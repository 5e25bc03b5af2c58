package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lines over periods, one per series, on a value axis from zero with round ticks and the unit ({@link CategoryPlot}),
 * with a dot and the printed value at each point. Where two series' values would print over each other at a period, the
 * lower label moves down until it prints over none ({@link LabelBoxes}). The same input always gives the same SVG text.
 */
public final class LineChart {

    private LineChart() {
    }

    public static String svg(ChartText text, List<String> categories, List<Series> series) {
        BigDecimal max = BigDecimal.ZERO;
        for (Series s : series) {
            for (BigDecimal v : s.values()) {
                max = max.max(v);
            }
        }
        CategoryPlot plot = new CategoryPlot(text, categories, series, max);
        List<String> labels = series.stream().flatMap(x -> x.labels().stream()).toList();
        BigDecimal size = Svg.fit(labels, plot.slot.subtract(Svg.d(6)), 10, 6);
        StringBuilder s = plot.open();
        LabelBoxes placed = new LabelBoxes();
        for (int k = 0; k < series.size(); k++) {
            StringBuilder points = new StringBuilder();
            for (int c = 0; c < categories.size(); c++) {
                points.append(c == 0 ? "" : " ").append(Svg.n(plot.centre(c))).append(',').append(Svg.n(plot.y(series.get(k).values().get(c))));
            }
            s.append("<path d=\"M").append(points.toString().replace(" ", " L")).append("\" fill=\"none\" stroke=\"").append(Svg.colour(k))
                    .append("\" stroke-width=\"2\"/>\n");
        }
        for (int c = 0; c < categories.size(); c++) {
            List<BigDecimal[]> at = new ArrayList<>();
            for (int k = 0; k < series.size(); k++) {
                BigDecimal v = series.get(k).values().get(c);
                BigDecimal y = plot.y(v);
                s.append("<circle cx=\"").append(Svg.n(plot.centre(c))).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"3.5\" fill=\"")
                        .append(Svg.colour(k)).append("\" data-value=\"").append(v.toPlainString()).append("\"/>\n");
                at.add(new BigDecimal[] {BigDecimal.valueOf(k), y.subtract(Svg.d(8))});
            }
            at.sort(Comparator.comparing((BigDecimal[] a) -> a[1]).thenComparing(a -> a[0]));
            for (BigDecimal[] a : at) {
                int k = a[0].intValue();
                String label = series.get(k).labels().get(c);
                BigDecimal y = placed.placeCentred(plot.centre(c), label, a[1], size, false);
                Svg.text(s, plot.centre(c), y, "middle", size, label, series.size() > 1 ? "fill=\"" + Svg.colour(k) + "\"" : "");
            }
        }
        return plot.close(s, true);
    }
}
