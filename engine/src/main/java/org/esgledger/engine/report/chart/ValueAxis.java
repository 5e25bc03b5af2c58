package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A value axis from zero: about five ticks a round step apart (1, 2 or 5 times a power of ten), the top tick the first at
 * or above the largest value. The ticks are exact multiples of the step, written with as many decimals as the step has.
 */
record ValueAxis(BigDecimal step, BigDecimal top) {

    private static final int TICKS = 5;

    static ValueAxis of(BigDecimal largest) {
        if (largest.signum() <= 0) {
            return new ValueAxis(BigDecimal.ONE, BigDecimal.ONE);
        }
        BigDecimal raw = largest.divide(BigDecimal.valueOf(TICKS), MathContext.DECIMAL64).stripTrailingZeros();
        int exponent = raw.precision() - raw.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        BigDecimal step = power.multiply(BigDecimal.TEN);
        for (String m : new String[] {"1", "2", "5"}) {
            BigDecimal candidate = power.multiply(new BigDecimal(m));
            if (candidate.compareTo(raw) >= 0) {
                step = candidate;
                break;
            }
        }
        BigDecimal count = largest.divide(step, 0, RoundingMode.CEILING);
        return new ValueAxis(step.stripTrailingZeros(), step.multiply(count).stripTrailingZeros());
    }

    List<BigDecimal> ticks() {
        List<BigDecimal> ticks = new ArrayList<>();
        for (BigDecimal t = BigDecimal.ZERO; t.compareTo(top) <= 0; t = t.add(step)) {
            ticks.add(t);
        }
        return ticks;
    }

    /** A tick as printed: grouped by thousands, with the step's decimals ({@code 5,000}, {@code 2.5}). */
    String label(BigDecimal tick) {
        int decimals = Math.max(0, step.scale());
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setMinimumFractionDigits(decimals);
        f.setMaximumFractionDigits(decimals);
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(tick.setScale(decimals, RoundingMode.UNNECESSARY));
    }
}
