package org.esgledger.engine.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.report.chart.BarChart;
import org.esgledger.engine.report.chart.ChartText;
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
 * Charts from figures. A chart of fewer than {@value #FEWEST} values is not drawn: its figures print as a table (as a
 * {@code figures} component would print them) under the chart's title. A chart is drawn only when all its figures have
 * values; otherwise the edition shows the missing-data marker in its place (and the references are listed as missing).
 * Each chart carries its values in words in the edition's language (its SVG {@code <desc>}) and the unit of its axis.
 */
final class ChartComposer {

    /** The fewest values a chart is drawn for. */
    static final int FEWEST = 3;

    private final ReportComposer composer;
    private final Language language;

    ChartComposer(ReportComposer composer, Language language) {
        this.composer = composer;
        this.language = language;
    }

    Block chart(Component.Chart c, String partId) {
        int values = c.rows().size() * (c.type() == Component.ChartType.DONUT ? 1 : Math.max(1, c.periods().size()));
        if (values < FEWEST) {
            return composer.figures(new Component.Figures(c.title(), c.periods(), c.rows()), partId);
        }
        String title = composer.text(c.title());
        if (c.type() == Component.ChartType.DONUT) {
            return donut(c, title, partId);
        }
        List<String> periods = c.periods().isEmpty() ? List.of("") : c.periods();
        List<Series> series = new ArrayList<>();
        boolean complete = true;
        for (Row r : c.rows()) {
            List<BigDecimal> figures = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (String p : periods) {
                FigureRef ref = p.isEmpty() ? r.ref() : r.ref().inPeriod(p);
                Optional<ReportData.Figure> f = composer.lookup(ref, partId);
                figures.add(f.map(ReportData.Figure::value).orElse(BigDecimal.ZERO));
                labels.add(f.map(x -> composer.written(x, FigureRef.Style.NUMBER)).orElse(""));
                complete &= f.isPresent();
            }
            series.add(new Series(composer.label(r), figures, labels));
        }
        if (!complete) {
            return unavailable(title);
        }
        List<String> categories = periods.stream().map(p -> p.isEmpty() ? "" : ReportTexts.of("year", language, p)).toList();
        String unit = unit(c.rows());
        ChartText text = new ChartText(title, describe(title, categories, series, unit), unit.isEmpty() ? "" : ReportTexts.of("chart.unit", language, unit));
        return switch (c.type()) {
            case LINE -> chartBlock(text, LineChart.svg(text, categories, series));
            case STACKED_BAR -> chartBlock(text, BarChart.svg(text, categories, series, true));
            default -> chartBlock(text, BarChart.svg(text, categories, series, false));
        };
    }

    private Block donut(Component.Chart c, String title, String partId) {
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
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i) + " " + labels.get(i) + open() + DonutChart.share(values.get(i), total) + close());
        }
        ChartText text = new ChartText(title, (title + colon() + String.join(comma(), parts) + stop()).strip(), "");
        return chartBlock(text, DonutChart.svg(text, names, new Series(title, values, labels)));
    }

    private static Block chartBlock(ChartText text, String svg) {
        return new Block.Chart(text.title(), svg, width(svg), height(svg));
    }

    Block matrix(Component.MaterialityMatrix m, List<Map<String, String>> topics) {
        List<MaterialityChart.Topic> list = new ArrayList<>();
        for (int i = 0; i < topics.size(); i++) {
            Map<String, String> t = topics.get(i);
            list.add(new MaterialityChart.Topic(RegisterTables.field(t, "topic", language), "Y".equals(t.get("financial_material")),
                    "Y".equals(t.get("impact_material")), score(m.source(), i, t, "financial_score"), score(m.source(), i, t, "impact_score")));
        }
        boolean scored = !list.isEmpty() && list.stream().allMatch(t -> t.financialScore().isPresent() && t.impactScore().isPresent());
        MaterialityChart.Labels labels = new MaterialityChart.Labels(ReportTexts.of("matrix.impact", language),
                ReportTexts.of("matrix.financial", language), ReportTexts.of("matrix.both", language),
                ReportTexts.of("matrix.financialOnly", language), ReportTexts.of("matrix.impactOnly", language),
                ReportTexts.of("matrix.neither", language), ReportTexts.of(scored ? "matrix.scoredNote" : "matrix.note", language));
        String title = composer.text(m.title());
        StringBuilder d = new StringBuilder(title).append(stop());
        quadrant(d, labels.both(), list, true, true);
        quadrant(d, labels.impactOnly(), list, false, true);
        quadrant(d, labels.financialOnly(), list, true, false);
        quadrant(d, labels.neither(), list, false, false);
        ChartText text = new ChartText(title, d.append(labels.note()).toString().strip(), "");
        return chartBlock(text, MaterialityChart.svg(text, labels, list));
    }

    /** A topic's score from the register, a number from zero up (empty when the register has no such column or leaves it blank). */
    private static Optional<BigDecimal> score(String source, int row, Map<String, String> topic, String column) {
        String text = topic.getOrDefault(column, "").strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new EsgException(Message.of("report.register.score", source, row + 2, column, text));
        }
        if (value.signum() < 0) {
            throw new EsgException(Message.of("report.register.score", source, row + 2, column, text));
        }
        return Optional.of(value);
    }

    private void quadrant(StringBuilder d, String heading, List<MaterialityChart.Topic> topics, boolean financial, boolean impact) {
        List<String> names = topics.stream().filter(t -> t.financial() == financial && t.impact() == impact).map(MaterialityChart.Topic::name).toList();
        if (!names.isEmpty()) {
            d.append(heading).append(colon()).append(String.join(language == Language.ZH ? "、" : ", ", names)).append(stop());
        }
    }

    /** The values in words: each series with each category's value, and the unit. */
    private String describe(String title, List<String> categories, List<Series> series, String unit) {
        StringBuilder d = new StringBuilder(title);
        if (!unit.isEmpty()) {
            d.append(open()).append(ReportTexts.of("chart.unit", language, unit)).append(close());
        }
        d.append(stop());
        for (Series s : series) {
            List<String> points = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                points.add((categories.get(i).isEmpty() ? "" : categories.get(i) + " ") + s.labels().get(i));
            }
            d.append(s.name()).append(colon()).append(String.join(comma(), points)).append(stop());
        }
        return d.toString().strip();
    }

    /** The units of the rows' indicators, as a table's unit column names them; several joined by a slash. */
    private String unit(List<Row> rows) {
        Set<String> units = new LinkedHashSet<>();
        for (Row r : rows) {
            String u = composer.unitName(r.ref().indicator());
            if (!u.isEmpty()) {
                units.add(u);
            }
        }
        return String.join(" / ", units);
    }

    private String colon() {
        return language == Language.ZH ? "：" : ": ";
    }

    private String comma() {
        return language == Language.ZH ? "，" : ", ";
    }

    private String stop() {
        return language == Language.ZH ? "。" : ". ";
    }

    private String open() {
        return language == Language.ZH ? "（" : " (";
    }

    private String close() {
        return language == Language.ZH ? "）" : ")";
    }

    private static int width(String svg) {
        return attribute(svg, "width=\"");
    }

    private static int height(String svg) {
        return attribute(svg, "height=\"");
    }

    /** The chart's own size, from its opening tag (the charts grow to hold their legends and notes). */
    private static int attribute(String svg, String name) {
        int at = svg.indexOf(name) + name.length();
        return Integer.parseInt(svg.substring(at, svg.indexOf('"', at)));
    }

    private Block unavailable(String title) {
        return new Block.Prose(new Narrative(List.of(new Flow.Paragraph(List.of(new Inline.Emphasis(Inline.Mark.STRONG, List.of(new Inline.Text(title))),
                new Inline.Text(" "), new Inline.Missing(ReportComposer.marker(language)))))));
    }
}
