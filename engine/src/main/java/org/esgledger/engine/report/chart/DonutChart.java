package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A donut of shares (employees by age band): each slice a stroke of a circle whose dash length is its share of the
 * circumference, labelled outside the ring with its value and its share in percent, and a legend below naming every
 * slice with its value and share, in rows that wrap (the chart grows to hold them). A share is the exact quotient of the
 * value and the total, rounded half-up to two decimals only where it is printed; shares are printed as computed, even
 * when the printed ones do not add up to 100.
 */
public final class DonutChart {

    static final int WIDTH = 560;
    static final BigDecimal CX = new BigDecimal("280");
    static final BigDecimal CY = new BigDecimal("178");
    static final BigDecimal RADIUS = new BigDecimal("80");
    static final BigDecimal LABEL_RADIUS = new BigDecimal("110");
    static final BigDecimal PI = Turn.PI;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final BigDecimal SIZE = BigDecimal.TEN;
    private static final int LEGEND_TOP = 320;
    private static final int LEGEND_ROW = 18;

    private DonutChart() {
    }

    /** A slice's share of the total in percent as printed: {@code 63.80%}. */
    public static String share(BigDecimal value, BigDecimal total) {
        if (total.signum() == 0) {
            return "—";
        }
        return value.multiply(HUNDRED).divide(total, MathContext.DECIMAL128).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    public static String svg(ChartText text, List<String> names, Series slices) {
        BigDecimal total = slices.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> legend = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            legend.add(names.get(i) + " " + slices.labels().get(i) + " (" + share(slices.values().get(i), total) + ")");
        }
        BigDecimal legendSize = Svg.fit(legend, Svg.d(WIDTH - 60), 11, 7);
        List<List<Integer>> rows = rows(legend, legendSize);
        StringBuilder s = Svg.open(WIDTH, LEGEND_TOP + rows.size() * LEGEND_ROW + 8, text);
        BigDecimal circumference = RADIUS.multiply(Svg.TWO).multiply(PI);
        BigDecimal before = BigDecimal.ZERO;
        List<BigDecimal[]> marks = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            BigDecimal v = slices.values().get(i);
            BigDecimal fraction = total.signum() == 0 ? BigDecimal.ZERO : v.divide(total, MathContext.DECIMAL64);
            BigDecimal length = circumference.multiply(fraction);
            s.append("<circle cx=\"").append(Svg.n(CX)).append("\" cy=\"").append(Svg.n(CY)).append("\" r=\"").append(Svg.n(RADIUS))
                    .append("\" fill=\"none\" stroke=\"").append(Svg.colour(i)).append("\" stroke-width=\"40\" stroke-dasharray=\"").append(Svg.n(length))
                    .append(' ').append(Svg.n(circumference.subtract(length))).append("\" stroke-dashoffset=\"")
                    .append(Svg.n(circumference.multiply(before).negate())).append("\" transform=\"rotate(-90 ").append(Svg.n(CX)).append(' ')
                    .append(Svg.n(CY)).append(")\" data-value=\"").append(v.toPlainString()).append("\"/>\n");
            BigDecimal middle = before.add(fraction.divide(Svg.TWO));
            marks.add(new BigDecimal[] {BigDecimal.valueOf(i), Turn.sin(middle), Turn.cos(middle)});
            before = before.add(fraction);
        }
        List<String> shares = slices.values().stream().map(v -> share(v, total)).toList();
        BigDecimal size = Svg.fit(new ArrayList<>(slices.labels()), CX.subtract(LABEL_RADIUS).subtract(Svg.d(12)), 10, 7);
        LabelBoxes placed = new LabelBoxes();
        labels(s, marks.stream().filter(m -> m[1].signum() >= 0).toList(), slices.labels(), shares, size, true, placed);
        labels(s, marks.stream().filter(m -> m[1].signum() < 0).toList(), slices.labels(), shares, size, false, placed);
        legend(s, legend, rows, legendSize);
        return s.append("</svg>\n").toString();
    }

    /**
     * The labels of the slices on one side of the ring, each two lines (value, share) beside its slice's middle, from the
     * top down, each line moved down until it prints over no other label.
     */
    private static void labels(StringBuilder s, List<BigDecimal[]> side, List<String> values, List<String> shares, BigDecimal size, boolean right,
                               LabelBoxes placed) {
        BigDecimal line = size.multiply(new BigDecimal("1.3"));
        List<BigDecimal[]> marks = new ArrayList<>();
        for (BigDecimal[] m : side) {
            BigDecimal x = CX.add(LABEL_RADIUS.multiply(m[1])).add(Svg.d(right ? 4 : -4));
            BigDecimal y = CY.subtract(LABEL_RADIUS.multiply(m[2]));
            BigDecimal first = m[2].signum() > 0 ? y.subtract(line).subtract(Svg.d(2)) : y.add(size);
            marks.add(new BigDecimal[] {m[0], x, first});
        }
        marks.sort(Comparator.comparing((BigDecimal[] p) -> p[2]).thenComparing(p -> p[0]));
        String anchor = right ? "start" : "end";
        for (BigDecimal[] p : marks) {
            int i = p[0].intValue();
            BigDecimal first = place(placed, p[1], values.get(i), p[2], size, right);
            Svg.text(s, p[1], first, anchor, size, values.get(i), "");
            BigDecimal second = place(placed, p[1], shares.get(i), first.add(line), size, right);
            Svg.text(s, p[1], second, anchor, size, shares.get(i), "fill=\"" + Svg.colour(i) + "\" font-weight=\"bold\"");
        }
    }

    private static BigDecimal place(LabelBoxes placed, BigDecimal x, String text, BigDecimal y, BigDecimal size, boolean right) {
        BigDecimal w = Svg.width(text, size);
        return placed.place(right ? x : x.subtract(w), w, y, size, false);
    }

    private static void legend(StringBuilder s, List<String> legend, List<List<Integer>> rows, BigDecimal size) {
        for (int r = 0; r < rows.size(); r++) {
            BigDecimal x = Svg.d(30);
            BigDecimal y = Svg.d(LEGEND_TOP + r * LEGEND_ROW + 12);
            for (int i : rows.get(r)) {
                Svg.rect(s, x, y.subtract(Svg.d(9)), Svg.d(10), Svg.d(10), Svg.colour(i), "");
                Svg.text(s, x.add(Svg.d(16)), y, "start", size, legend.get(i), "");
                x = x.add(Svg.d(30)).add(Svg.width(legend.get(i), size));
            }
        }
    }

    private static List<List<Integer>> rows(List<String> legend, BigDecimal size) {
        List<List<Integer>> rows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        BigDecimal x = Svg.d(30);
        for (int i = 0; i < legend.size(); i++) {
            BigDecimal w = Svg.d(30).add(Svg.width(legend.get(i), size));
            if (!row.isEmpty() && x.add(w).compareTo(Svg.d(WIDTH - 10)) > 0) {
                rows.add(row);
                row = new ArrayList<>();
                x = Svg.d(30);
            }
            row.add(i);
            x = x.add(w);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }
}
