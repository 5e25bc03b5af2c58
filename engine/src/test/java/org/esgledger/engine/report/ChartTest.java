package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.esgledger.engine.report.chart.BarChart;
import org.esgledger.engine.report.chart.DonutChart;
import org.esgledger.engine.report.chart.LineChart;
import org.esgledger.engine.report.chart.MaterialityChart;
import org.esgledger.engine.report.chart.Series;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Charts are looked at as documents: well-formed SVG, labels in the edition's language, geometry proportional to the data. */
class ChartTest {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<BigDecimal> values(String d) {
        return List.of(d.split(" ")).stream().map(BigDecimal::new).toList();
    }

    @Test
    void barsAreProportionalLabelledAndDeterministic() throws Exception {
        Series rd = new Series("研发人员", List.of(new BigDecimal("1125"), new BigDecimal("1226"), new BigDecimal("1118")),
                List.of("1,125", "1,226", "1,118"));
        String svg = BarChart.svg("研发人员数量（人）", List.of("2022", "2023", "2024"), List.of(rd), false);
        assertThat(BarChart.svg("研发人员数量（人）", List.of("2022", "2023", "2024"), List.of(rd), false)).isEqualTo(svg);
        Document doc = parse(svg);
        NodeList rects = doc.getElementsByTagName("rect");
        Element tallest = (Element) rects.item(1);
        Element first = (Element) rects.item(0);
        // the largest value fills the plot (230 px); 1,125 / 1,226 of it for 2022
        assertThat(new BigDecimal(tallest.getAttribute("height"))).isEqualByComparingTo("230");
        assertThat(new BigDecimal(first.getAttribute("height"))).isEqualByComparingTo("211.05");
        assertThat(svg).contains(">1,226</text>").contains(">2024</text>").contains("<title>研发人员数量（人）</title>");
    }

    @Test
    void aDonutSharesTheCircumferenceExactly() throws Exception {
        Series gender = new Series("gender", List.of(new BigDecimal("2270"), new BigDecimal("1288")), List.of("63.80%", "36.20%"));
        String svg = DonutChart.svg("Employees by gender", List.of("Male", "Female"), gender);
        NodeList circles = parse(svg).getElementsByTagName("circle");
        assertThat(circles.getLength()).isEqualTo(2);
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 2; i++) {
            sum = sum.add(values(((Element) circles.item(i)).getAttribute("stroke-dasharray")).get(0));
        }
        // 2π × 80 = 502.65
        assertThat(sum).isEqualByComparingTo("502.65");
        assertThat(svg).contains(">Female 36.20%</text>").contains(">Male 63.80%</text>");
    }

    @Test
    void textIsEscapedAndStackedBarsAddUp() throws Exception {
        Series a = new Series("A & B <1>", List.of(new BigDecimal("1"), new BigDecimal("3")), List.of("1", "3"));
        Series b = new Series("C", List.of(new BigDecimal("3"), new BigDecimal("1")), List.of("3", "1"));
        String svg = BarChart.svg("T \"quoted\"", List.of("x", "y"), List.of(a, b), true);
        Document doc = parse(svg);
        assertThat(svg).contains("A &amp; B &lt;1&gt;");
        NodeList rects = doc.getElementsByTagName("rect");
        BigDecimal x = new BigDecimal(((Element) rects.item(0)).getAttribute("height"))
                .add(new BigDecimal(((Element) rects.item(1)).getAttribute("height")));
        assertThat(x).isEqualByComparingTo("230");
    }

    @Test
    void linePointsSitAtTheirValuesOnAScaleFromZero() throws Exception {
        Series inv = new Series("研发投入", List.of(new BigDecimal("18798.38"), new BigDecimal("21361.34"), new BigDecimal("21547.10")),
                List.of("18,798.38", "21,361.34", "21,547.10"));
        String svg = LineChart.svg("研发投入（万元）", List.of("2022年", "2023年", "2024年"), List.of(inv));
        assertThat(LineChart.svg("研发投入（万元）", List.of("2022年", "2023年", "2024年"), List.of(inv))).isEqualTo(svg);
        NodeList dots = parse(svg).getElementsByTagName("circle");
        assertThat(dots.getLength()).isEqualTo(3);
        // the largest value reaches the top of the plot (y = 44); 18,798.38 / 21,547.10 of the 216 px below
        assertThat(new BigDecimal(((Element) dots.item(2)).getAttribute("cy"))).isEqualByComparingTo("44");
        assertThat(new BigDecimal(((Element) dots.item(0)).getAttribute("cy"))).isEqualByComparingTo("71.55");
        assertThat(svg).contains(">21,547.10</text>").contains("<polyline");
    }

    @Test
    void theMaterialityMatrixPlacesTopicsInTheirQuadrantWithoutInventingScores() throws Exception {
        List<MaterialityChart.Topic> topics = List.of(new MaterialityChart.Topic("应对气候变化", true, true),
                new MaterialityChart.Topic("能源利用", false, true), new MaterialityChart.Topic("科技伦理 <R&D>", false, false));
        MaterialityChart.Labels labels = new MaterialityChart.Labels("影响重要性", "财务重要性", "双重", "财务", "影响", "其他");
        String svg = MaterialityChart.svg("矩阵", labels, topics);
        Document doc = parse(svg);
        NodeList texts = doc.getElementsByTagName("text");
        java.util.Map<String, Element> byText = new java.util.HashMap<>();
        for (int i = 0; i < texts.getLength(); i++) {
            byText.put(texts.item(i).getTextContent(), (Element) texts.item(i));
        }
        // both-material topics in the upper right quadrant, impact-only in the lower right, neither in the lower left
        assertThat(Integer.parseInt(byText.get("应对气候变化").getAttribute("x"))).isGreaterThan(370);
        assertThat(Integer.parseInt(byText.get("应对气候变化").getAttribute("y"))).isLessThan(280);
        assertThat(Integer.parseInt(byText.get("能源利用").getAttribute("y"))).isGreaterThan(280);
        assertThat(Integer.parseInt(byText.get("科技伦理 <R&D>").getAttribute("x"))).isLessThan(370);
        assertThat(svg).contains("科技伦理 &lt;R&amp;D&gt;");
    }
}
