package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The materiality matrix of a register that gives each topic its scores: a scatter, financial score across and impact score
 * up, each axis from zero with round ticks ({@link ValueAxis}); the quadrant lines where the register's classification
 * divides the scores (midway between the highest score of a topic not material in that sense and the lowest of one that
 * is; the middle of the axis when the classification does not divide them); each topic a dot at its scores with its name
 * beside it, moved down until it prints over no other name and no dot ({@link LabelBoxes}).
 */
final class ScoredMatrix {

    static final int WIDTH = 720;
    static final int LEFT = 70;
    static final int RIGHT = 690;
    static final int TOP = 44;
    static final int BOTTOM = 484;
    private static final BigDecimal TICK = BigDecimal.TEN;

    private ScoredMatrix() {
    }

    static String svg(ChartText text, MaterialityChart.Labels labels, List<MaterialityChart.Topic> topics) {
        ValueAxis across = ValueAxis.of(topics.stream().map(t -> t.financialScore().orElseThrow()).max(Comparator.naturalOrder()).orElse(BigDecimal.ONE));
        ValueAxis up = ValueAxis.of(topics.stream().map(t -> t.impactScore().orElseThrow()).max(Comparator.naturalOrder()).orElse(BigDecimal.ONE));
        List<String> note = Svg.wrap(labels.note(), TICK, Svg.d(WIDTH - 40));
        StringBuilder s = Svg.open(WIDTH, BOTTOM + 60 + note.size() * 14, text);
        BigDecimal fx = x(threshold(topics, true, across), across);
        BigDecimal iy = y(threshold(topics, false, up), up);
        Svg.rect(s, fx, Svg.d(TOP), Svg.d(RIGHT).subtract(fx), iy.subtract(Svg.d(TOP)), "#E3F0E6", "");
        Svg.line(s, fx, Svg.d(TOP), fx, Svg.d(BOTTOM), "#888", "1");
        Svg.line(s, Svg.d(LEFT), iy, Svg.d(RIGHT), iy, "#888", "1");
        for (BigDecimal t : across.ticks()) {
            Svg.line(s, x(t, across), Svg.d(BOTTOM), x(t, across), Svg.d(BOTTOM + 4), "#444", "1");
            Svg.text(s, x(t, across), Svg.d(BOTTOM + 16), "middle", TICK, across.label(t), "fill=\"#444\"");
        }
        for (BigDecimal t : up.ticks()) {
            Svg.line(s, Svg.d(LEFT - 4), y(t, up), Svg.d(LEFT), y(t, up), "#444", "1");
            Svg.text(s, Svg.d(LEFT - 7), y(t, up).add(Svg.d(3)), "end", TICK, up.label(t), "fill=\"#444\"");
        }
        s.append("<path d=\"M").append(LEFT).append(' ').append(TOP).append(" L").append(LEFT).append(' ').append(BOTTOM).append(" L").append(RIGHT)
                .append(' ').append(BOTTOM).append("\" fill=\"none\" stroke=\"#444\" stroke-width=\"1.5\"/>\n");
        Svg.text(s, Svg.d((LEFT + RIGHT) / 2), Svg.d(BOTTOM + 36), "middle", new BigDecimal("12"), labels.financialAxis() + " →", "font-weight=\"bold\"");
        int cy = (TOP + BOTTOM) / 2;
        Svg.text(s, Svg.d(18), Svg.d(cy), "middle", new BigDecimal("12"), labels.impactAxis() + " →",
                "font-weight=\"bold\" transform=\"rotate(-90 18 " + cy + ")\"");
        LabelBoxes placed = new LabelBoxes();
        BigDecimal heading = new BigDecimal("11");
        BigDecimal headingWidth = Svg.width(labels.both(), heading);
        placed.place(Svg.d(RIGHT - 6).subtract(headingWidth), headingWidth, Svg.d(TOP + 16), heading, false);
        Svg.text(s, Svg.d(RIGHT - 6), Svg.d(TOP + 16), "end", heading, labels.both(), "font-weight=\"bold\"");
        for (BigDecimal t : across.ticks()) {
            placed.placeCentred(x(t, across), across.label(t), Svg.d(BOTTOM + 16), TICK, false);
        }
        dots(s, topics, across, up, placed);
        for (int i = 0; i < note.size(); i++) {
            Svg.text(s, Svg.d(20), Svg.d(BOTTOM + 58 + (long) i * 14), "start", TICK, note.get(i), "fill=\"#555\"");
        }
        return s.append("</svg>\n").toString();
    }

    private static void dots(StringBuilder s, List<MaterialityChart.Topic> topics, ValueAxis across, ValueAxis up, LabelBoxes placed) {
        List<MaterialityChart.Topic> byHeight = new ArrayList<>(topics);
        byHeight.sort(Comparator.comparing((MaterialityChart.Topic t) -> t.impactScore().orElseThrow()).reversed()
                .thenComparing(MaterialityChart.Topic::name));
        BigDecimal r = Svg.d(4);
        for (MaterialityChart.Topic t : byHeight) {
            BigDecimal x = x(t.financialScore().orElseThrow(), across);
            BigDecimal y = y(t.impactScore().orElseThrow(), up);
            placed.occupy(x.subtract(r), y.subtract(r), x.add(r), y.add(r));
        }
        for (MaterialityChart.Topic t : byHeight) {
            BigDecimal x = x(t.financialScore().orElseThrow(), across);
            BigDecimal y = y(t.impactScore().orElseThrow(), up);
            s.append("<circle cx=\"").append(Svg.n(x)).append("\" cy=\"").append(Svg.n(y)).append("\" r=\"3.5\" fill=\"").append(Svg.PALETTE[0])
                    .append("\"/>\n");
            BigDecimal w = Svg.width(t.name(), MaterialityChart.SIZE);
            boolean leftOf = x.add(Svg.d(6)).add(w).compareTo(Svg.d(WIDTH - 4)) > 0;
            BigDecimal start = leftOf ? x.subtract(Svg.d(6)).subtract(w) : x.add(Svg.d(6));
            BigDecimal baseline = placed.place(start, w, y.add(Svg.d(3)), MaterialityChart.SIZE, false);
            Svg.text(s, start, baseline, "start", MaterialityChart.SIZE, t.name(), "");
        }
    }

    /** Midway between the highest score of a topic not material in the sense and the lowest of one that is; else the axis' middle. */
    static BigDecimal threshold(List<MaterialityChart.Topic> topics, boolean financial, ValueAxis axis) {
        BigDecimal highestNot = null;
        BigDecimal lowestIs = null;
        for (MaterialityChart.Topic t : topics) {
            BigDecimal score = (financial ? t.financialScore() : t.impactScore()).orElseThrow();
            if (financial ? t.financial() : t.impact()) {
                lowestIs = lowestIs == null ? score : lowestIs.min(score);
            } else {
                highestNot = highestNot == null ? score : highestNot.max(score);
            }
        }
        if (highestNot == null || lowestIs == null || highestNot.compareTo(lowestIs) >= 0) {
            return axis.top().divide(Svg.TWO);
        }
        return highestNot.add(lowestIs).divide(Svg.TWO);
    }

    private static BigDecimal x(BigDecimal v, ValueAxis axis) {
        return Svg.d(LEFT).add(Svg.d(RIGHT - LEFT).multiply(v).divide(axis.top(), MathContext.DECIMAL64));
    }

    private static BigDecimal y(BigDecimal v, ValueAxis axis) {
        return Svg.d(BOTTOM).subtract(Svg.d(BOTTOM - TOP).multiply(v).divide(axis.top(), MathContext.DECIMAL64));
    }
}
