package org.esgledger.app.report.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.function.Supplier;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.xwpf.usermodel.VerticalAlign;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Narrative XHTML (the subset templates allow) as Word paragraphs and runs: paragraphs, bullet and
 * numbered lists, bold, italic, sub- and superscript, line breaks; figures as plain runs and
 * missing-data markers in red.
 */
final class DocxProse {

    /** The formatting a run inherits from its enclosing elements. */
    private record Style(boolean bold, boolean italic, VerticalAlign align, boolean missing) {
        static final Style PLAIN = new Style(false, false, VerticalAlign.BASELINE, false);
    }

    private DocxProse() {
    }

    static void write(Supplier<XWPFParagraph> paragraphs, String xhtml) {
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            root = f.newDocumentBuilder().parse(new InputSource(new StringReader("<div>" + xhtml + "</div>"))).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("narrative is not well-formed XHTML: " + e.getMessage(), e);
        }
        XWPFParagraph loose = null;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (e.getTagName().equals("p"))) {
                inline(paragraphs.get(), e, Style.PLAIN);
                loose = null;
            } else if (n instanceof Element e && (e.getTagName().equals("ul") || e.getTagName().equals("ol"))) {
                list(paragraphs, e);
                loose = null;
            } else if (n.getNodeType() == Node.TEXT_NODE && n.getTextContent().isBlank()) {
                continue;
            } else {
                if (loose == null) {
                    loose = paragraphs.get();
                }
                node(loose, n, Style.PLAIN);
            }
        }
    }

    private static void list(Supplier<XWPFParagraph> paragraphs, Element list) {
        int n = 1;
        boolean numbered = list.getTagName().equals("ol");
        for (Node c = list.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element li && li.getTagName().equals("li")) {
                XWPFParagraph p = paragraphs.get();
                p.setIndentationLeft(360);
                p.setIndentationHanging(240);
                p.createRun().setText(numbered ? n++ + ". " : "• ");
                inline(p, li, Style.PLAIN);
            }
        }
    }

    private static void inline(XWPFParagraph p, Element e, Style style) {
        for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            node(p, c, style);
        }
    }

    private static void node(XWPFParagraph p, Node n, Style style) {
        if (n.getNodeType() == Node.TEXT_NODE) {
            String text = n.getTextContent().replaceAll("\\s+", " ");
            if (!text.isEmpty()) {
                XWPFRun r = p.createRun();
                r.setText(text);
                r.setBold(style.bold());
                r.setItalic(style.italic());
                if (style.align() != VerticalAlign.BASELINE) {
                    r.setVerticalAlignment(style.align() == VerticalAlign.SUBSCRIPT ? "subscript" : "superscript");
                }
                if (style.missing()) {
                    r.setColor("B00020");
                }
            }
            return;
        }
        if (!(n instanceof Element e)) {
            return;
        }
        switch (e.getTagName()) {
            case "strong", "b" -> inline(p, e, new Style(true, style.italic(), style.align(), style.missing()));
            case "em", "i" -> inline(p, e, new Style(style.bold(), true, style.align(), style.missing()));
            case "sub" -> inline(p, e, new Style(style.bold(), style.italic(), VerticalAlign.SUBSCRIPT, style.missing()));
            case "sup" -> inline(p, e, new Style(style.bold(), style.italic(), VerticalAlign.SUPERSCRIPT, style.missing()));
            case "br" -> p.createRun().addBreak();
            case "span" -> inline(p, e, "missing".equals(e.getAttribute("class")) ? new Style(true, style.italic(), style.align(), true) : style);
            default -> inline(p, e, style);
        }
    }
}
