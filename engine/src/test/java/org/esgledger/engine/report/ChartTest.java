package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.esgledger.engine.report.chart.BarChart;
import org.esgledger.engine.report.chart.DonutChart;
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
}
