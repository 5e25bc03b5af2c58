package org.esgledger.app.ledger.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.esgledger.engine.i18n.EsgException;

/**
 * One XML part of a workbook package, read as a stream of events (StAX, the JDK's own parser):
 * nothing of it is kept but the element at hand. No DTD is accepted (a workbook never has one:
 * that closes external entities and entity expansion), and text is taken in the parser's chunks
 * and refused once it passes a limit, so a huge text node never sits in memory whole.
 */
final class XmlPart implements AutoCloseable {

    private final String name;
    private final InputStream in;
    private IOException failure;
    private final XMLStreamReader xml;
    private final WorkbookRefusal refusal;

    XmlPart(String name, InputStream in, WorkbookRefusal refusal) throws XMLStreamException {
        this.name = name.startsWith("/") ? name.substring(1) : name;
        this.in = new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                try {
                    return super.read();
                } catch (IOException e) {
                    failure = e;
                    throw e;
                }
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                try {
                    return super.read(b, off, len);
                } catch (IOException e) {
                    failure = e;
                    throw e;
                }
            }
        };
        this.refusal = refusal;
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource " + systemId);
        });
        this.xml = factory.createXMLStreamReader(this.in);
    }

    String name() {
        return name;
    }

    XMLStreamReader xml() {
        return xml;
    }

    /**
     * The next event; a DTD is refused as unsafe. A failure of the stream underneath (Apache POI's
     * zip-bomb checks, a damaged entry) is thrown as itself: the parser would report it as an XML error.
     */
    int next() throws XMLStreamException {
        int event;
        try {
            event = xml.next();
        } catch (XMLStreamException e) {
            if (failure != null) {
                throw new UncheckedIOException(failure);
            }
            throw e;
        }
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION
                || event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw refusal.unreadable("dtd", name);
        }
        return event;
    }

    /** The local name of the current element. */
    String element() {
        return xml.getLocalName();
    }

    /** An attribute of the current element without a namespace (or in any, if it has none without). */
    String attribute(String localName) {
        String plain = xml.getAttributeValue("", localName);
        return plain != null ? plain : xml.getAttributeValue(null, localName);
    }

    /** An attribute of the current element in some namespace, e.g. {@code r:id}. */
    String namespacedAttribute(String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            if (ns != null && !ns.isEmpty() && xml.getAttributeLocalName(i).equals(localName)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /**
     * Appends the text of the current element (up to its end tag) to {@code to}, refusing with
     * {@code tooLong} once {@code to} would pass {@code max} characters.
     */
    void appendText(StringBuilder to, int max, Supplier<EsgException> tooLong) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            switch (next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (depth == 1) {
                        if (to.length() + xml.getTextLength() > max) {
                            throw tooLong.get();
                        }
                        to.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.END_DOCUMENT -> throw new XMLStreamException("unexpected end of " + name, xml.getLocation());
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    /** Skips the current element and everything in it. */
    void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new XMLStreamException("unexpected end of " + name, xml.getLocation());
            }
        }
    }

    @Override
    public void close() {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // closing a reader
        }
        try {
            in.close();
        } catch (IOException e) {
            // closing a part of a package opened for reading
        }
    }
}
