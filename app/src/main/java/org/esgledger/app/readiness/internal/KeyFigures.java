package org.esgledger.app.readiness.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.readiness.Dashboard;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.chart.BarChart;
import org.esgledger.engine.report.chart.ChartText;
import org.esgledger.engine.report.chart.Series;

/**
 * The group's key figures: a few indicators of the organisation's root (total, no breakdown) over the years with a snapshot,
 * drawn by the engine's bar chart (the report's own chart code) as an SVG image. The SVG is the engine's text (every label
 * escaped) and is shown as an {@code img} from a {@code data:} address, where no script of it would run.
 */
public final class KeyFigures {

    /** The indicators shown, when the group has a value for them in the year. */
    public static final List<String> INDICATORS = List.of("employees_total", "ghg_scope1_2_emissions", "energy_consumption",
            "water_withdrawal", "operating_revenue");

    private KeyFigures() {
    }

    /**
     * @param byYear     the values of each year's current snapshot (the year and up to two before), oldest first
     * @param indicators the catalogue's indicators by code
     */
    public static List<Dashboard.KeyFigure> of(String root, Map<Integer, List<SnapshotValue>> byYear, int year,
                                               Map<String, Indicator> indicators) {
        List<Dashboard.KeyFigure> out = new ArrayList<>();
        for (String code : INDICATORS) {
            Optional<SnapshotValue> now = total(byYear.getOrDefault(year, List.of()), code, root, year);
            Indicator indicator = indicators.get(code);
            if (now.isEmpty() || indicator == null) {
                continue;
            }
            List<String> years = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            byYear.forEach((y, list) -> total(list, code, root, y).ifPresent(v -> {
                years.add(String.valueOf(y));
                values.add(v.value().orElseThrow());
                labels.add(v.disclosed());
            }));
            Bilingual name = indicator.name();
            String unit = now.get().unit();
            out.add(new Dashboard.KeyFigure(code, name, unit, now.get().factId(), now.get().disclosed(),
                    Bilingual.of(chart(name.zh(), unit, years, values, labels), chart(name.en(), unit, years, values, labels)),
                    Bilingual.of(describe(name.zh(), unit, years, labels), describe(name.en(), unit, years, labels))));
        }
        return out;
    }

    private static Optional<SnapshotValue> total(List<SnapshotValue> values, String indicator, String root, int year) {
        String period = String.valueOf(year);
        return values.stream().filter(v -> v.indicator().equals(indicator) && v.entity().equals(root) && v.period().equals(period)
                && v.breakdown().isEmpty() && v.value().isPresent()).findFirst();
    }

    private static String chart(String name, String unit, List<String> years, List<BigDecimal> values, List<String> labels) {
        String title = unit.isEmpty() ? name : name + " (" + unit + ")";
        String svg = BarChart.svg(new ChartText(title, describe(name, unit, years, labels), ""), years, List.of(new Series(name, values, labels)), false);
        return "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static String describe(String name, String unit, List<String> years, List<String> labels) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            parts.add(years.get(i) + ": " + labels.get(i));
        }
        return name + (unit.isEmpty() ? "" : " (" + unit + ")") + " — " + String.join("; ", parts);
    }
}
