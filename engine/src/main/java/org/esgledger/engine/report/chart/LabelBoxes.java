package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The boxes of the labels already placed on a chart, so that the next one moves up (or down) until it prints over none:
 * a label covers its measured width ({@link Svg#width}) from one em above its baseline to a quarter em below.
 */
final class LabelBoxes {

    private static final BigDecimal DESCENT = new BigDecimal("0.25");
    private static final BigDecimal GAP = BigDecimal.ONE;
    private final List<BigDecimal[]> boxes = new ArrayList<>();

    /**
     * The baseline nearest {@code y} in one direction at which a text starting at {@code left} and {@code width} wide
     * overlaps no label placed before; the label is then recorded as placed there.
     */
    BigDecimal place(BigDecimal left, BigDecimal width, BigDecimal y, BigDecimal size, boolean up) {
        BigDecimal right = left.add(width);
        BigDecimal baseline = y;
        boolean moved = true;
        while (moved) {
            moved = false;
            BigDecimal top = baseline.subtract(size);
            BigDecimal bottom = baseline.add(size.multiply(DESCENT));
            for (BigDecimal[] b : boxes) {
                if (left.compareTo(b[2]) < 0 && b[0].compareTo(right) < 0 && top.compareTo(b[3]) < 0 && b[1].compareTo(bottom) < 0) {
                    baseline = up ? b[1].subtract(GAP).subtract(size.multiply(DESCENT)) : b[3].add(GAP).add(size);
                    moved = true;
                }
            }
        }
        boxes.add(new BigDecimal[] {left, baseline.subtract(size), right, baseline.add(size.multiply(DESCENT))});
        return baseline;
    }

    /** Marks a box no label may print over (a dot of a scatter). */
    void occupy(BigDecimal left, BigDecimal top, BigDecimal right, BigDecimal bottom) {
        boxes.add(new BigDecimal[] {left, top, right, bottom});
    }

    /** As {@link #place}, for a text anchored at its middle. */
    BigDecimal placeCentred(BigDecimal x, String text, BigDecimal y, BigDecimal size, boolean up) {
        BigDecimal w = Svg.width(text, size);
        return place(x.subtract(w.divide(Svg.TWO)), w, y, size, up);
    }
}
