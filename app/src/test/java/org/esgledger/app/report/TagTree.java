package org.esgledger.app.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * A tagged PDF's structure tree read back with PDFBox, the way assistive technology reads it: each
 * structure element's type (after the role map), language, alt text, and text, that is the
 * characters of the marked content it owns (by MCID, on its page) and of its children, in order.
 */
final class TagTree {

    /** A structure element. {@code text} has no whitespace: lines are joined without spaces when read back by MCID. */
    record Node(String type, String lang, String alt, String text, List<Node> kids) {

        Stream<Node> all() {
            return Stream.concat(Stream.of(this), kids.stream().flatMap(Node::all));
        }

        boolean heading() {
            return type.matches("H[1-6]");
        }

        int level() {
            return Integer.parseInt(type.substring(1));
        }
    }

    private final PDDocument doc;
    private final Map<COSDictionary, Map<Integer, String>> pageTexts = new HashMap<>();

    private TagTree(PDDocument doc) {
        this.doc = doc;
    }

    /** The structure tree root's children (openhtmltopdf writes one: Document), or an empty list for an untagged PDF. */
    static List<Node> read(PDDocument doc) throws IOException {
        PDStructureTreeRoot root = doc.getDocumentCatalog().getStructureTreeRoot();
        List<Node> nodes = new ArrayList<>();
        if (root == null) {
            return nodes;
        }
        TagTree tree = new TagTree(doc);
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement e) {
                nodes.add(tree.node(e));
            }
        }
        return nodes;
    }

    private Node node(PDStructureElement e) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Node> kids = new ArrayList<>();
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement child) {
                Node n = node(child);
                kids.add(n);
                text.append(n.text());
            } else if (kid instanceof Integer mcid && e.getPage() != null) {
                text.append(texts(e.getPage()).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref && ref.getPage() != null) {
                text.append(texts(ref.getPage()).getOrDefault(ref.getMCID(), ""));
            }
        }
        String type = e.getStandardStructureType() == null ? e.getStructureType() : e.getStandardStructureType();
        return new Node(type, e.getLanguage(), e.getAlternateDescription(), text.toString(), kids);
    }

    /** A page's marked content text by MCID, read once per page. */
    private Map<Integer, String> texts(PDPage page) throws IOException {
        Map<Integer, String> texts = pageTexts.get(page.getCOSObject());
        if (texts == null) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            texts = new HashMap<>();
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                collect(mc, texts);
            }
            pageTexts.put(page.getCOSObject(), texts);
        }
        return texts;
    }

    private static String collect(PDMarkedContent mc, Map<Integer, String> texts) {
        StringBuilder s = new StringBuilder();
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t) {
                s.append(t.getUnicode());
            } else if (o instanceof PDMarkedContent inner) {
                s.append(collect(inner, texts));
            }
        }
        String text = s.toString().replaceAll("\\s+", "");
        if (mc.getMCID() >= 0) {
            texts.merge(mc.getMCID(), text, String::concat);
        }
        return text;
    }

    /** The fonts of every page and of the forms drawn on it (charts are forms) that are not embedded, as "page n: name". */
    static List<String> unembeddedFonts(PDDocument doc) throws IOException {
        List<String> missing = new ArrayList<>();
        int n = 0;
        for (PDPage page : doc.getPages()) {
            n++;
            fonts(page.getResources(), "page " + n, missing, 0);
        }
        return missing;
    }

    private static void fonts(PDResources resources, String where, List<String> missing, int depth) throws IOException {
        if (resources == null || depth > 8) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            boolean embedded = font instanceof PDType0Font t0 ? t0.getDescendantFont().isEmbedded() : font.isEmbedded();
            if (!embedded) {
                missing.add(where + ": " + font.getName());
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) {
                fonts(form.getResources(), where, missing, depth + 1);
            }
        }
    }
}
