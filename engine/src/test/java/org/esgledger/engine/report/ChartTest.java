package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.report.chart.BarChart;
import org.esgledger.engine.report.chart.ChartText;
import org.esgledger.engine.report.chart.DonutChart;
import org.esgledger.engine.report.chart.LineChart;
import org.esgledger.engine.report.chart.MaterialityChart;
import org.esgledger.engine.report.chart.Series;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Charts are looked at as documents: well-formed SVG with a title and a description, a value axis with round ticks and its
 * unit, every value printed, no two texts over each other and none outside the chart, geometry proportional to the data.
 */
class ChartTest {

    static final ChartText STAFF = new ChartText("研发人员数量（人）", "研发人员数量：2022年 1,125，2023年 1,226，2024年 1,118。", "单位：人");

    static List<BigDecimal> values(String d) {
        return List.of(d.split(" ")).stream().map(BigDecimal::new).toList();
    }

    static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }

    static List<Element> bars(Document doc) {
        return elements(doc, "rect").stream().filter(e -> e.hasAttribute("data-value")).toList();
    }

    static Series series(String name, String... values) {
        List<BigDecimal> v = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String s : values) {
            v.add(new BigDecimal(s.replace(",", "")));
            labels.add(s);
        }
        return new Series(name, v, labels);
    }

    @Test
    void barsStandOnAValueAxisWithRoundTicksTheUnitAndTheirValues() throws Exception {
        Series rd = series("研发人员", "1,125", "1,226", "1,118");
        String svg = BarChart.svg(STAFF, List.of("2022年", "2023年", "2024年"), List.of(rd), false);
        assertThat(BarChart.svg(STAFF, List.of("2022年", "2023年", "2024年"), List.of(rd), false)).isEqualTo(svg);
        Document doc = SvgText.parse(svg);
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("研发人员数量（人）");
        assertThat(doc.getElementsByTagName("desc").item(0).getTextContent()).contains("2023年 1,226");
        // ticks every 500 up to 1,500: the plot's 188 px from y 250 to 62
        for (String tick : List.of("0", "500", "1,000", "1,500", "单位：人", "1,125", "1,226", "1,118", "2022年", "2024年", "研发人员")) {
            assertThat(SvgText.named(svg, tick)).as(tick).hasSize(1);
        }
        List<Element> bars = bars(doc);
        assertThat(new BigDecimal(bars.get(1).getAttribute("height"))).isEqualByComparingTo("153.66");
        assertThat(new BigDecimal(bars.get(0).getAttribute("height"))).isEqualByComparingTo("141");
        SvgText value = SvgText.named(svg, "1,226").get(0);
        assertThat(value.bottom()).as("the value printed above its bar").isLessThanOrEqualTo(new BigDecimal(bars.get(1).getAttribute("y")));
        SvgText.assertReadable(svg);
    }

    @Test
    void groupedBarsOfManySeriesKeepTheirValuesApart() throws Exception {
        List<Series> four = List.of(series("研发投入", "18,798.38", "21,361.34", "21,547.10"), series("营业收入的研发投入（费用化部分）", "18,000.01", "20,000.02", "20,999.99"),
                series("Capitalised R&D expenditure", "798.37", "1,361.32", "547.11"), series("其他", "1.00", "0.50", "0.00"));
        String svg = BarChart.svg(new ChartText("研发投入（万元）", "…", "单位：万元"), List.of("2022年", "2023年", "2024年"), four, false);
        assertThat(bars(SvgText.parse(svg))).hasSize(12);
        for (String v : List.of("21,547.10", "0.00", "1,361.32", "20,999.99")) {
            assertThat(SvgText.named(svg, v)).as(v).hasSize(1);
        }
        assertThat(SvgText.named(svg, "5,000")).hasSize(1);
        SvgText.assertReadable(svg);
    }

    @Test
    void textIsEscapedAndStackedBarsAddUpWithEverySegmentLabelled() throws Exception {
        Series a = series("A & B <1>", "1", "30", "12");
        Series b = series("C", "30", "1", "12");
        String svg = BarChart.svg(new ChartText("T \"quoted\"", "x", ""), List.of("x", "y", "z"), List.of(a, b), true);
        Document doc = SvgText.parse(svg);
        assertThat(svg).contains("A &amp; B &lt;1&gt;");
        List<Element> bars = bars(doc);
        BigDecimal first = new BigDecimal(bars.get(0).getAttribute("height")).add(new BigDecimal(bars.get(1).getAttribute("height")));
        // 31 on an axis to 40 (step 10): 31/40 of 188 px
        assertThat(first).isEqualByComparingTo("145.7");
        assertThat(SvgText.named(svg, "1")).as("a segment too small for its value has it beside the bar").hasSize(2);
        assertThat(SvgText.named(svg, "30")).hasSize(3);
        assertThat(SvgText.named(svg, "12")).hasSize(2);
        SvgText.assertReadable(svg);
    }

    @Test
    void linePointsSitAtTheirValuesOnARoundAxisAndCloseValuesDoNotPrintOverEachOther() throws Exception {
        Series inv = series("研发投入", "18,798.38", "21,361.34", "21,547.10");
        Series near = series("预算", "18,800.00", "21,360.00", "21,550.00");
        ChartText text = new ChartText("研发投入（万元）", "研发投入：…", "单位：万元");
        String svg = LineChart.svg(text, List.of("2022年", "2023年", "2024年"), List.of(inv, near));
        assertThat(LineChart.svg(text, List.of("2022年", "2023年", "2024年"), List.of(inv, near))).isEqualTo(svg);
        List<Element> dots = elements(SvgText.parse(svg), "circle");
        assertThat(dots).hasSize(6);
        // axis to 25,000 in steps of 5,000; 21,547.10 / 25,000 of the 188 px above y 250
        assertThat(new BigDecimal(dots.get(4).getAttribute("cy"))).isEqualByComparingTo("87.97");
        for (String v : List.of("0", "5,000", "25,000", "单位：万元", "21,547.10", "21,550.00", "18,798.38", "预算")) {
            assertThat(SvgText.named(svg, v)).as(v).hasSize(1);
        }
        assertThat(svg).contains("<path d=\"M").doesNotContain("polyline");
        SvgText.assertReadable(svg);
    }

    @Test
    void aDonutLabelsEverySliceWithItsValueAndItsShareAsComputed() throws Exception {
        Series age = series("age", "1", "1", "1");
        String svg = DonutChart.svg(new ChartText("员工年龄结构", "…", ""), List.of("30岁及以下", "31至50岁", "50岁以上"), age);
        List<Element> circles = elements(SvgText.parse(svg), "circle");
        assertThat(circles).hasSize(3);
        BigDecimal sum = BigDecimal.ZERO;
        for (Element c : circles) {
            sum = sum.add(values(c.getAttribute("stroke-dasharray")).get(0));
        }
        // 2π × 80 = 502.65, shared exactly
        assertThat(sum).isCloseTo(new BigDecimal("502.65"), offset(new BigDecimal("0.02")));
        assertThat(SvgText.named(svg, "33.33%")).as("three thirds print as computed, 99.99 % together, not bent to 100").hasSize(3);
        assertThat(SvgText.named(svg, "30岁及以下 1 (33.33%)")).hasSize(1);
        SvgText.assertReadable(svg);
    }

    @Test
    void aDonutsLegendIsNeverCutOff() throws Exception {
        Series bands = series("x", "2,270", "1,288", "12", "3", "1");
        List<String> names = List.of("Employees aged thirty and below working in manufacturing", "Employees aged thirty-one to fifty",
                "Employees over fifty", "Interns and trainees on fixed-term placements", "Other");
        String svg = DonutChart.svg(new ChartText("Employees by age", "…", ""), names, bands);
        for (String n : names) {
            assertThat(svg).contains(n);
        }
        assertThat(SvgText.named(svg, "63.51%")).hasSize(1);
        assertThat(SvgText.named(svg, "0.03%")).hasSize(1);
        SvgText.assertReadable(svg);
    }

    @Test
    void theMaterialityMatrixPlotsImpactUpAndFinancialAcrossByQuadrant() throws Exception {
        List<MaterialityChart.Topic> topics = new ArrayList<>(List.of(new MaterialityChart.Topic("应对气候变化", true, true),
                new MaterialityChart.Topic("能源利用", false, true), new MaterialityChart.Topic("科技伦理 <R&D>", false, false),
                new MaterialityChart.Topic("Financial only", true, false)));
        for (int i = 0; i < 15; i++) {
            topics.add(new MaterialityChart.Topic("Anti-commercial bribery and anti-corruption, topic " + i, false, true));
        }
        MaterialityChart.Labels labels = new MaterialityChart.Labels("影响重要性", "财务重要性", "双重", "财务", "影响", "其他",
                "议题仅按所属象限排列：重要性议题清单未给出评分，议题在象限内的位置不表示其重要程度。");
        String svg = MaterialityChart.svg(new ChartText("矩阵", "矩阵。双重：应对气候变化。", ""), labels, topics);
        Document doc = SvgText.parse(svg);
        Element upperRight = elements(doc, "rect").stream().filter(r -> r.getAttribute("fill").equals("#E3F0E6")).findFirst().orElseThrow();
        BigDecimal midX = new BigDecimal(upperRight.getAttribute("x"));
        BigDecimal midY = new BigDecimal(upperRight.getAttribute("y")).add(new BigDecimal(upperRight.getAttribute("height")));
        SvgText both = SvgText.named(svg, "应对气候变化").get(0);
        assertThat(both.left()).as("high financial: right").isGreaterThan(midX);
        assertThat(both.bottom()).as("high impact: up").isLessThan(midY);
        SvgText impact = SvgText.named(svg, "能源利用").get(0);
        assertThat(impact.right()).isLessThan(midX);
        assertThat(impact.bottom()).isLessThan(midY);
        SvgText financial = SvgText.named(svg, "Financial only").get(0);
        assertThat(financial.left()).isGreaterThan(midX);
        assertThat(financial.top()).isGreaterThan(midY);
        SvgText neither = SvgText.named(svg, "科技伦理 <R&D>").get(0);
        assertThat(neither.right()).isLessThan(midX);
        assertThat(neither.top()).isGreaterThan(midY);
        assertThat(SvgText.named(svg, "影响重要性 →")).hasSize(1);
        assertThat(SvgText.named(svg, "财务重要性 →")).hasSize(1);
        assertThat(svg).contains("科技伦理 &lt;R&amp;D&gt;").contains("不表示其重要程度").contains("<desc>矩阵。双重：应对气候变化。</desc>");
        assertThat(elements(doc, "line")).as("the quadrant lines").hasSize(2);
        SvgText.assertReadable(svg);
    }

    @Test
    void whereTheRegisterGivesScoresTopicsArePlottedAtThem() throws Exception {
        List<MaterialityChart.Topic> topics = new ArrayList<>();
        topics.add(scored("应对气候变化", true, true, "4.6", "4.8"));
        topics.add(scored("科技伦理", false, false, "1.2", "1.5"));
        topics.add(scored("能源利用", false, true, "2.1", "3.9"));
        for (int i = 0; i < 8; i++) {
            topics.add(scored("Data security and customer privacy protection " + i, true, true, "4.0", "4.1"));
        }
        MaterialityChart.Labels labels = new MaterialityChart.Labels("影响重要性", "财务重要性", "双重重要性议题", "财务", "影响", "其他", "按评分标注。");
        String svg = MaterialityChart.svg(new ChartText("矩阵", "…", ""), labels, topics);
        Document doc = SvgText.parse(svg);
        List<Element> lines = elements(doc, "line").stream().filter(l -> l.getAttribute("stroke").equals("#888")).toList();
        BigDecimal midX = new BigDecimal(lines.get(0).getAttribute("x1"));
        BigDecimal midY = new BigDecimal(lines.get(1).getAttribute("y1"));
        // financial threshold midway between 2.1 (not material) and 4.0 (material) on an axis to 5: 70 + 620 × 3.05 / 5
        assertThat(midX).isEqualByComparingTo("448.2");
        Element high = elements(doc, "circle").stream().filter(c -> new BigDecimal(c.getAttribute("cx")).compareTo(new BigDecimal("640")) > 0)
                .findFirst().orElseThrow();
        assertThat(new BigDecimal(high.getAttribute("cy"))).as("4.8 of 5 up").isLessThan(midY);
        SvgText both = SvgText.named(svg, "应对气候变化").get(0);
        assertThat(both.bottom()).isLessThan(midY);
        SvgText low = SvgText.named(svg, "科技伦理").get(0);
        assertThat(low.right()).isLessThan(midX);
        assertThat(low.top()).isGreaterThan(midY);
        assertThat(SvgText.named(svg, "5")).as("ticks on both axes").hasSize(2);
        SvgText.assertReadable(svg);
    }

    static MaterialityChart.Topic scored(String name, boolean financial, boolean impact, String f, String i) {
        return new MaterialityChart.Topic(name, financial, impact, Optional.of(new BigDecimal(f)), Optional.of(new BigDecimal(i)));
    }
}
