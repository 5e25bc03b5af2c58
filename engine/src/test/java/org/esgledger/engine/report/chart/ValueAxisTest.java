package org.esgledger.engine.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** A value axis steps by 1, 2 or 5 times a power of ten, from zero to the first tick at or above the largest value. */
class ValueAxisTest {

    @Test
    void stepsAreRoundAndTheTopHoldsTheLargestValue() {
        ValueAxis staff = ValueAxis.of(new BigDecimal("1226"));
        assertThat(staff.step()).isEqualByComparingTo("500");
        assertThat(staff.top()).isEqualByComparingTo("1500");
        assertThat(staff.ticks().stream().map(staff::label)).containsExactly("0", "500", "1,000", "1,500");
        ValueAxis money = ValueAxis.of(new BigDecimal("21547.10"));
        assertThat(money.step()).isEqualByComparingTo("5000");
        assertThat(money.top()).isEqualByComparingTo("25000");
        ValueAxis ratio = ValueAxis.of(new BigDecimal("0.37"));
        assertThat(ratio.step()).isEqualByComparingTo("0.1");
        assertThat(ratio.ticks().stream().map(ratio::label)).containsExactly("0.0", "0.1", "0.2", "0.3", "0.4");
        ValueAxis exact = ValueAxis.of(new BigDecimal("1000"));
        assertThat(exact.step()).isEqualByComparingTo("200");
        assertThat(exact.top()).as("a value on a tick is the top").isEqualByComparingTo("1000");
        assertThat(ValueAxis.of(BigDecimal.ZERO).top()).isEqualByComparingTo("1");
    }

    @Test
    void sinesAndCosinesOfATurnAreExactToTheHundredth() {
        assertThat(Turn.sin(new BigDecimal("0.25"))).isCloseTo(BigDecimal.ONE, offset(new BigDecimal("1e-12")));
        assertThat(Turn.cos(new BigDecimal("0.5"))).isCloseTo(BigDecimal.ONE.negate(), offset(new BigDecimal("1e-12")));
        assertThat(Turn.sin(new BigDecimal("0.875"))).isCloseTo(new BigDecimal("-0.70710678118"), offset(new BigDecimal("1e-9")));
    }
}
