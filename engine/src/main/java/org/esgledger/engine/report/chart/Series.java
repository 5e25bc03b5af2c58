package org.esgledger.engine.report.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** A named series of values, one per category, with the text printed on each value (already formatted for the edition). */
public record Series(String name, List<BigDecimal> values, List<String> labels) {

    public Series {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
        labels = List.copyOf(labels);
        if (values.size() != labels.size()) {
            throw new IllegalArgumentException("one label per value: " + values.size() + " values, " + labels.size() + " labels");
        }
        for (BigDecimal v : values) {
            if (v.signum() < 0) {
                throw new IllegalArgumentException("charts show non-negative values: " + v);
            }
        }
    }
}
