package org.esgledger.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @Test
    void parsesYearsMonthsAndSpans() {
        assertThat(Period.parse("2024")).isEqualTo(new Period.FiscalYear(2024));
        assertThat(Period.parse("2024-02").end()).isEqualTo(LocalDate.of(2024, 2, 29));
        Period span = Period.parse("2022..2024");
        assertThat(span.start()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(span.fiscalYear()).isEqualTo(2024);
        assertThat(span.name().zh()).isEqualTo("2022—2024年");
    }

    @Test
    void codesRoundTrip() {
        for (String code : new String[] {"2024", "2024-03", "2022..2024"}) {
            assertThat(Period.parse(code).code()).isEqualTo(code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24", "2024-13", "2024/03", "2024..2022", "FY2024", "2022-2024"})
    void rejectsMalformedPeriods(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
