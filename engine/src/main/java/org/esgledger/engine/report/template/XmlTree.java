package org.esgledger.engine.report.template;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.esgledger.engine.i18n.Message;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A small element tree read with SAX, keeping each element's line for error messages. Document
 * type declarations are refused, so no external entity or entity expansion can reach the reader.
 */
final class XmlTree {

    /** An element: name, attributes in order, children (elements and text) and the line it starts on. */
    record El(String name, Map<String, String> attributes, List<Object> children, int line) {

        String attr(String key) {
            return attributes.getOrDefault(key, "");
        }

        List<El> elements() {
            List<El> out = new ArrayList<>();
            for (Object c : children) {
                if (c instanceof El e) {
                    out.add(e);
                }
            }
            return out;
        }
    }

    private XmlTree() {
    }

    static El read(InputStream in, String file) {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(false);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Builder b = new Builder();
            f.newSAXParser().parse(in, b);
            return b.root;
        } catch (SAXParseException e) {
            throw new TemplateException(file, e.getLineNumber(), Message.of("report.template.xml", e.getMessage()));
        } catch (SAXException | ParserConfigurationException | IOException e) {
            throw new TemplateException(file, 0, Message.of("report.template.xml", e.getMessage()));
        }
    }

    private static final class Builder extends DefaultHandler {
        private final Deque<El> open = new ArrayDeque<>();
        private Locator locator;
        private El root;

        @Override
        public void setDocumentLocator(Locator l) {
            this.locator = l;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            Map<String, String> a = new LinkedHashMap<>();
            for (int i = 0; i < atts.getLength(); i++) {
                a.put(atts.getQName(i), atts.getValue(i));
            }
            El e = new El(qName, a, new ArrayList<>(), locator == null ? 0 : locator.getLineNumber());
            if (open.isEmpty()) {
                root = e;
            } else {
                open.peek().children().add(e);
            }
            open.push(e);
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            open.pop();
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (open.isEmpty()) {
                return;
            }
            List<Object> kids = open.peek().children();
            String text = new String(ch, start, length);
            if (!kids.isEmpty() && kids.get(kids.size() - 1) instanceof String prev) {
                kids.set(kids.size() - 1, prev + text);
            } else {
                kids.add(text);
            }
        }
    }
}
