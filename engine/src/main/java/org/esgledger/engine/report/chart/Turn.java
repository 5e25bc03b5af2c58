package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Sine and cosine of a fraction of a full turn, by their series in BigDecimal (no floating point in the engine): exact far
 * beyond the 0.01 px a chart's coordinates are written with.
 */
final class Turn {

    static final BigDecimal PI = new BigDecimal("3.14159265358979323846");
    private static final MathContext M = MathContext.DECIMAL64;
    private static final int TERMS = 30;

    private Turn() {
    }

    /** The sine of {@code fraction} of a turn (0 at the top, clockwise: x = sin, y = −cos). */
    static BigDecimal sin(BigDecimal fraction) {
        BigDecimal x = radians(fraction);
        BigDecimal term = x;
        BigDecimal sum = x;
        for (int n = 1; n < TERMS; n++) {
            term = term.multiply(x, M).multiply(x, M).negate().divide(BigDecimal.valueOf((2L * n) * (2L * n + 1)), M);
            sum = sum.add(term, M);
        }
        return sum;
    }

    static BigDecimal cos(BigDecimal fraction) {
        BigDecimal x = radians(fraction);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal sum = BigDecimal.ONE;
        for (int n = 1; n < TERMS; n++) {
            term = term.multiply(x, M).multiply(x, M).negate().divide(BigDecimal.valueOf((2L * n - 1) * (2L * n)), M);
            sum = sum.add(term, M);
        }
        return sum;
    }

    /** The angle in radians, brought within −π..π so that the series converge quickly. */
    private static BigDecimal radians(BigDecimal fraction) {
        BigDecimal f = fraction.subtract(new BigDecimal(fraction.setScale(0, RoundingMode.HALF_UP).toBigInteger()));
        return f.multiply(PI, M).multiply(Svg.TWO, M);
    }
}
