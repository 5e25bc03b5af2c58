package org.esgledger.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.report.chart.BarChart;
import org.esgledger.engine.report.chart.DonutChart;
import org.esgledger.engine.report.chart.LineChart;
import org.esgledger.engine.report.chart.MaterialityChart;
import org.esgledger.engine.report.chart.Series;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.narrative.Flow;
import org.esgledger.engine.report.narrative.Inline;
import org.esgledger.engine.report.narrative.Narrative;
import org.esgledger.engine.report.template.Component;
import org.esgledger.engine.report.template.FigureRef;
import org.esgledger.engine.report.template.Row;

/**
 * Charts from figures. A chart is drawn only when all its figures have values; otherwise the
 * edition shows the missing-data marker in its place (and the references are listed as missing).
 */
final class ChartComposer {

    private final ReportComposer composer;
    private final Language language;

    ChartComposer(ReportComposer composer, Language language) {
        this.composer = composer;
        this.language = language;
    }

    Block chart(Component.Chart c, String partId) {
        String title = composer.text(c.title());
        if (c.type() == Component.ChartType.DONUT) {
            List<String> names = new ArrayList<>();
            List<BigDecimal> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            boolean complete = true;
            for (Row r : c.rows()) {
                Optional<ReportData.Figure> f = composer.lookup(r.ref(), partId);
                names.add(composer.label(r));
                values.add(f.map(ReportData.Figure::value).orElse(BigDecimal.ZERO));
                labels.add(f.map(x -> composer.written(x, FigureRef.Style.FULL)).orElse(""));
                complete &= f.isPresent();
            }
            if (!complete) {
                return unavailable(title);
            }
            return new Block.Chart(title, DonutChart.svg(title, names, new Series(title, values, labels)), 520, 320);
        }
        List<String> periods = c.periods().isEmpty() ? List.of("") : c.periods();
        List<Series> series = new ArrayList<>();
        boolean complete = true;
        for (Row r : c.rows()) {
            List<BigDecimal> values = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String p : periods) {
                FigureRef ref = p.isEmpty() ? r.ref() : r.ref().inPeriod(p);
                Optional<ReportData.Figure> f = composer.lookup(ref, partId);
                values.add(f.map(ReportData.Figure::value).orElse(BigDecimal.ZERO));
                labels.add(f.map(x -> composer.written(x, FigureRef.Style.NUMBER)).orElse(""));
                complete &= f.isPresent();
            }
            series.add(new Series(composer.label(r), values, labels));
        }
        if (!complete) {
            return unavailable(title);
        }
        List<String> categories = periods.stream().map(p -> p.isEmpty() ? "" : ReportTexts.of("year", language, p)).toList();
        return switch (c.type()) {
            case LINE -> new Block.Chart(title, LineChart.svg(title, categories, series), 560, 320);
            case STACKED_BAR -> new Block.Chart(title, BarChart.svg(title, categories, series, true), 560, 320);
            default -> new Block.Chart(title, BarChart.svg(title, categories, series, false), 560, 320);
        };
    }

    Block matrix(Component.MaterialityMatrix m, List<Map<String, String>> topics) {
        List<MaterialityChart.Topic> list = new ArrayList<>();
        for (Map<String, String> t : topics) {
            list.add(new MaterialityChart.Topic(RegisterTables.field(t, "topic", language), "Y".equals(t.get("financial_material")),
                    "Y".equals(t.get("impact_material"))));
        }
        MaterialityChart.Labels labels = new MaterialityChart.Labels(ReportTexts.of("matrix.impact", language),
                ReportTexts.of("matrix.financial", language), ReportTexts.of("matrix.both", language),
                ReportTexts.of("matrix.financialOnly", language), ReportTexts.of("matrix.impactOnly", language),
                ReportTexts.of("matrix.neither", language));
        String title = composer.text(m.title());
        return new Block.Chart(title, MaterialityChart.svg(title, labels, list), 700, 560);
    }

    private Block unavailable(String title) {
        return new Block.Prose(new Narrative(List.of(new Flow.Paragraph(List.of(new Inline.Emphasis(Inline.Mark.STRONG, List.of(new Inline.Text(title))),
                new Inline.Text(" "), new Inline.Missing(ReportComposer.marker(language)))))));
    }
}
