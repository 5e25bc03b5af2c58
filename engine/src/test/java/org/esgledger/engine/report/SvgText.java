package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A chart's SVG read back as a reader sees its words: every text element with the box it covers, measured as conservatively
 * as the charts measure (a CJK glyph 1 em, anything else 0.64 em; from 1 em above the baseline to 0.25 em below; a text
 * rotated by −90° about its anchor stands upright), so that tests can say no two texts print over each other and every
 * text stays inside the view box.
 */
record SvgText(String text, BigDecimal x, BigDecimal y, BigDecimal left, BigDecimal top, BigDecimal right, BigDecimal bottom) {

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<SvgText> all(Document doc) {
        List<SvgText> texts = new ArrayList<>();
        NodeList nodes = doc.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(of((Element) nodes.item(i)));
        }
        return texts;
    }

    static SvgText of(Element e) {
        String content = e.getTextContent();
        BigDecimal x = new BigDecimal(e.getAttribute("x"));
        BigDecimal y = new BigDecimal(e.getAttribute("y"));
        BigDecimal size = new BigDecimal(e.getAttribute("font-size"));
        BigDecimal w = width(content, size);
        String anchor = e.getAttribute("text-anchor");
        BigDecimal start = anchor.equals("middle") ? x.subtract(w.divide(BigDecimal.valueOf(2))) : anchor.equals("end") ? x.subtract(w) : x;
        BigDecimal above = size;
        BigDecimal below = size.multiply(new BigDecimal("0.25"));
        if (e.getAttribute("transform").startsWith("rotate(-90")) {
            // rotate(-90) maps an offset (dx, dy) from the anchor to (dy, -dx): the text runs upward from y
            BigDecimal dx = start.subtract(x);
            return new SvgText(content, x, y, x.subtract(above), y.subtract(dx.add(w)), x.add(below), y.subtract(dx));
        }
        return new SvgText(content, x, y, start, y.subtract(above), start.add(w), y.add(below));
    }

    static BigDecimal width(String text, BigDecimal size) {
        BigDecimal w = BigDecimal.ZERO;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean wide = cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xAC00 && cp <= 0xD7A3;
            w = w.add(wide ? size : size.multiply(new BigDecimal("0.64")));
            i += Character.charCount(cp);
        }
        return w;
    }

    boolean overlaps(SvgText o) {
        return left.compareTo(o.right) < 0 && o.left.compareTo(right) < 0 && top.compareTo(o.bottom) < 0 && o.top.compareTo(bottom) < 0;
    }

    /** No two texts print over each other, and every text lies inside the view box. */
    static void assertReadable(String svg) throws Exception {
        Document doc = parse(svg);
        String[] box = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        BigDecimal width = new BigDecimal(box[2]);
        BigDecimal height = new BigDecimal(box[3]);
        List<SvgText> texts = all(doc);
        for (int i = 0; i < texts.size(); i++) {
            SvgText t = texts.get(i);
            assertThat(t.left.signum() >= 0 && t.top.signum() >= 0 && t.right.compareTo(width) <= 0 && t.bottom.compareTo(height) <= 0)
                    .as("«%s» [%s, %s]–[%s, %s] lies inside the view box %s × %s", t.text, t.left, t.top, t.right, t.bottom, width, height).isTrue();
            for (int j = i + 1; j < texts.size(); j++) {
                assertThat(t.overlaps(texts.get(j))).as("«%s» and «%s» print over each other", t.text, texts.get(j).text).isFalse();
            }
        }
    }

    /** The texts that read exactly so. */
    static List<SvgText> named(String svg, String text) throws Exception {
        return all(parse(svg)).stream().filter(t -> t.text.equals(text)).toList();
    }
}
