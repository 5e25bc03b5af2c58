package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame of a bar or line chart: the value axis on the left (ticks at round steps, their labels, light grid lines, the
 * unit named above it), the categories along the bottom (each label within its slot: set smaller, then wrapped), and a
 * legend below that wraps onto as many rows as it needs, the chart growing to hold it. Nothing printed overlaps: every
 * width is measured ({@link Svg#width}) before it is placed.
 */
final class CategoryPlot {

    static final int WIDTH = 560;
    static final int TOP = 62;
    static final int BOTTOM = 250;
    static final int RIGHT = 540;
    static final BigDecimal TICK_SIZE = BigDecimal.TEN;
    private static final int LEGEND_ROW = 18;

    final ValueAxis axis;
    final BigDecimal left;
    final BigDecimal slot;
    private final ChartText text;
    private final List<String> categories;
    private final BigDecimal categorySize;
    private final List<List<String>> categoryLines;
    private final List<Series> series;
    private final BigDecimal legendSize;
    private final List<List<Integer>> legendRows;
    private final int height;

    CategoryPlot(ChartText text, List<String> categories, List<Series> series, BigDecimal largest) {
        this.text = text;
        this.categories = List.copyOf(categories);
        this.series = List.copyOf(series);
        this.axis = ValueAxis.of(largest);
        List<String> ticks = axis.ticks().stream().map(axis::label).toList();
        this.left = Svg.d(16).add(Svg.widest(ticks, TICK_SIZE)).max(Svg.d(44));
        this.slot = Svg.d(RIGHT).subtract(left).divide(Svg.d(Math.max(1, categories.size())), MathContext.DECIMAL64);
        BigDecimal room = slot.subtract(Svg.d(6));
        this.categorySize = Svg.fit(categories, room, 12, 9);
        this.categoryLines = categories.stream().map(c -> Svg.wrap(c, categorySize, room)).toList();
        this.legendSize = Svg.fit(series.stream().map(Series::name).toList(), Svg.d(WIDTH - 40).subtract(left), 11, 7);
        this.legendRows = legendRows();
        this.height = legendTop() + legendRows.size() * LEGEND_ROW + 6;
    }

    int height() {
        return height;
    }

    /** The y of a value on the axis. */
    BigDecimal y(BigDecimal value) {
        BigDecimal plot = Svg.d(BOTTOM - TOP);
        return Svg.d(BOTTOM).subtract(plot.multiply(value).divide(axis.top(), MathContext.DECIMAL64));
    }

    /** The x of the middle of a category's slot. */
    BigDecimal centre(int category) {
        return left.add(slot.multiply(Svg.d(category)).add(slot.divide(Svg.TWO)));
    }

    /** The opening, the title, the value axis with its grid, ticks, labels and unit, the baseline and the category labels. */
    StringBuilder open() {
        StringBuilder s = Svg.open(WIDTH, height, text);
        if (!text.unit().isEmpty()) {
            Svg.text(s, Svg.d(10), Svg.d(TOP - 22), "start", TICK_SIZE, text.unit(), "");
        }
        for (BigDecimal t : axis.ticks()) {
            BigDecimal y = y(t);
            if (t.signum() > 0) {
                Svg.line(s, left, y, Svg.d(RIGHT), y, "#DDDDDD", "0.75");
            }
            Svg.line(s, left.subtract(Svg.d(4)), y, left, y, "#444", "1");
            Svg.text(s, left.subtract(Svg.d(7)), y.add(Svg.d(3)), "end", TICK_SIZE, axis.label(t), "fill=\"#444\"");
        }
        Svg.line(s, left, Svg.d(TOP - 6), left, Svg.d(BOTTOM), "#444", "1");
        Svg.line(s, left, Svg.d(BOTTOM), Svg.d(RIGHT), Svg.d(BOTTOM), "#444", "1");
        for (int c = 0; c < categories.size(); c++) {
            List<String> lines = categoryLines.get(c);
            for (int i = 0; i < lines.size(); i++) {
                Svg.text(s, centre(c), Svg.d(BOTTOM + 16).add(categorySize.add(Svg.d(2)).multiply(Svg.d(i))), "middle", categorySize, lines.get(i), "");
            }
        }
        return s;
    }

    /** The legend: a swatch (a square, or a short line for a line chart) and the series' name, in rows that wrap. */
    String close(StringBuilder s, boolean lines) {
        int top = legendTop();
        for (int r = 0; r < legendRows.size(); r++) {
            BigDecimal x = left;
            BigDecimal y = Svg.d(top + r * LEGEND_ROW + 12);
            for (int k : legendRows.get(r)) {
                String colour = Svg.colour(k);
                if (lines) {
                    Svg.rect(s, x, y.subtract(Svg.d(6)), Svg.d(14), Svg.d(3), colour, "");
                } else {
                    Svg.rect(s, x, y.subtract(Svg.d(9)), Svg.d(10), Svg.d(10), colour, "");
                }
                Svg.text(s, x.add(Svg.d(18)), y, "start", legendSize, series.get(k).name(), "");
                x = x.add(itemWidth(k));
            }
        }
        return s.append("</svg>\n").toString();
    }

    private int legendTop() {
        int lines = categoryLines.stream().mapToInt(List::size).max().orElse(1);
        return BOTTOM + 16 + lines * (categorySize.intValue() + 2) + 4;
    }

    private BigDecimal itemWidth(int k) {
        return Svg.d(18).add(Svg.width(series.get(k).name(), legendSize)).add(Svg.d(16));
    }

    /** Series indices per legend row: a row holds the items that fit the chart's width (the names were set small enough to fit one). */
    private List<List<Integer>> legendRows() {
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        BigDecimal x = left;
        for (int k = 0; k < series.size(); k++) {
            BigDecimal w = itemWidth(k);
            if (!row.isEmpty() && x.add(w).compareTo(Svg.d(WIDTH - 4)) > 0) {
                rows.add(row);
                row = new ArrayList<>();
                x = left;
            }
            row.add(k);
            x = x.add(w);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }
}
