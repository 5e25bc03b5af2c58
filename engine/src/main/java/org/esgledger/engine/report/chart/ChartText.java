package org.esgledger.engine.report.chart;

import java.util.Objects;

/**
 * The words of a chart in the edition's language: its title, its description (the values in text, for a reader who
 * cannot see the chart: the SVG's {@code <desc>}) and the unit of its value axis (empty for a chart without one).
 */
public record ChartText(String title, String description, String unit) {

    public ChartText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unit, "unit");
    }
}
