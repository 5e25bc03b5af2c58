package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A report draws on its year and the four before it. */
class ReportingWindowTest {

    @Test
    void holdsTheReportsYearAndTheFourBeforeIt() {
        ReportingWindow w = new ReportingWindow(2024);
        assertThat(w.first()).isEqualTo(2020);
        assertThat(w.years()).containsExactly(2020, 2021, 2022, 2023, 2024);
        assertThat(w.earlier()).as("latest first").containsExactly(2023, 2022, 2021, 2020);
        assertThat(w.years()).hasSize(ReportingWindow.YEARS);
    }

    @Test
    void knowsWhichYearsItCovers() {
        ReportingWindow w = new ReportingWindow(2024);
        assertThat(w.contains(2020)).isTrue();
        assertThat(w.contains(2024)).isTrue();
        assertThat(w.contains(2019)).isFalse();
        assertThat(w.contains(2025)).isFalse();
    }
}
