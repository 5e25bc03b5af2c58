package org.esgledger.app.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reading rendered output the way a person would: a PDF's sections by its bookmarks, its text per
 * page in layout mode, the HTML's content index, figures in a text, ink and colours on a page image.
 */
final class ReportReading {

    private ReportReading() {
    }

    /** The text of each section of a PDF (as bookmarked), keyed by its title. */
    static Map<String, String> sectionTexts(Path pdf) throws Exception {
        Map<String, Integer> pages = bookmarks(pdf);
        List<Map.Entry<String, Integer>> order = new ArrayList<>(pages.entrySet());
        Map<String, String> texts = new LinkedHashMap<>();
        int last = Integer.parseInt(Poppler.run(List.of("pdfinfo", pdf.toString())).lines().filter(l -> l.startsWith("Pages:"))
                .findFirst().orElseThrow().replaceAll("\\D", ""));
        for (int i = 0; i < order.size(); i++) {
            String title = order.get(i).getKey();
            int from = order.get(i).getValue();
            int to = i + 1 < order.size() ? order.get(i + 1).getValue() : last;
            String text = Poppler.layoutPages(pdf, from, Math.max(from, to));
            int start = Math.max(0, text.indexOf(title));
            int end = text.length();
            if (i + 1 < order.size()) {
                // the next heading is on the next bookmark's page (the last page of the range)
                int lastPage = to > from ? nthPageStart(text, to - from) : start + title.length();
                int next = text.indexOf(order.get(i + 1).getKey(), Math.max(lastPage, start + title.length()));
                end = next < 0 ? text.length() : next;
            }
            texts.put(title, text.substring(start, end));
        }
        return texts;
    }

    /** Where the n-th page (0-based) of pdftotext's output starts: pages are separated by form feeds. */
    static int nthPageStart(String text, int n) {
        int at = 0;
        for (int k = 0; k < n; k++) {
            at = text.indexOf('\f', at) + 1;
        }
        return at;
    }

    /** Bookmark title → page number (1-based), chapters and sections in document order. */
    static Map<String, Integer> bookmarks(Path pdf) throws IOException {
        Map<String, Integer> pages = new LinkedHashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDOutlineItem chapter : doc.getDocumentCatalog().getDocumentOutline().children()) {
                add(doc, chapter, pages);
                for (PDOutlineItem section : chapter.children()) {
                    add(doc, section, pages);
                }
            }
        }
        return pages;
    }

    private static void add(PDDocument doc, PDOutlineItem item, Map<String, Integer> pages) throws IOException {
        pages.putIfAbsent(item.getTitle(), doc.getPages().indexOf(item.findDestinationPage(doc)) + 1);
    }

    /** The content index of an HTML edition: section → {GRI, SZSE}. */
    static Map<String, String[]> indexRows(Path html) throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        NodeList tables = parse(html).getElementsByTagName("table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!table.getAttribute("class").equals("index")) {
                continue;
            }
            NodeList trs = table.getElementsByTagName("tr");
            for (int i = 1; i < trs.getLength(); i++) {
                NodeList tds = ((Element) trs.item(i)).getElementsByTagName("td");
                rows.put(tds.item(1).getTextContent(), new String[] {tds.item(2).getTextContent(), tds.item(3).getTextContent()});
            }
        }
        return rows;
    }

    /** The content index's disclosures ({@code GRI 401-1}, {@code SZSE Article 50}) with the part ids their page links point to. */
    static Map<String, List<String>> disclosureRows(Path html) throws Exception {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        NodeList tables = parse(html).getElementsByTagName("table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            if (!table.getAttribute("class").equals("disclosures")) {
                continue;
            }
            NodeList trs = table.getElementsByTagName("tr");
            for (int i = 1; i < trs.getLength(); i++) {
                NodeList tds = ((Element) trs.item(i)).getElementsByTagName("td");
                List<String> ids = new ArrayList<>();
                NodeList links = ((Element) tds.item(2)).getElementsByTagName("a");
                for (int k = 0; k < links.getLength(); k++) {
                    ids.add(((Element) links.item(k)).getAttribute("href").substring(1));
                }
                rows.put(tds.item(0).getTextContent() + " " + tds.item(1).getTextContent(), ids);
            }
        }
        return rows;
    }

    static org.w3c.dom.Document parse(Path html) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return f.newDocumentBuilder().parse(html.toFile());
    }

    static Set<String> gri(String text) {
        Set<String> s = new TreeSet<>();
        for (String part : text.split("/")) {
            if (!part.isBlank()) {
                s.add(part.strip());
            }
        }
        return s;
    }

    /** Article numbers of "Article 21/Article 22", "Articles 34 to 36". */
    static Set<Integer> articles(String text) {
        Set<Integer> s = new TreeSet<>();
        Matcher m = Pattern.compile("Articles? (\\d+)(?: to (\\d+))?").matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
            for (int n = a; n <= b; n++) {
                s.add(n);
            }
        }
        return s;
    }

    /** Figures as printed in a text: numbers with a thousands separator or decimals (e.g. 3,558, 21,547.10, 36.20). */
    static Set<String> figuresIn(String text) {
        Set<String> s = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?<![\\d.,])\\d+\\.\\d+").matcher(text);
        while (m.find()) {
            s.add(m.group());
        }
        return s;
    }

    static double inked(BufferedImage img) {
        long ink = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (((rgb >> 16) & 0xFF) < 200 || ((rgb >> 8) & 0xFF) < 200 || (rgb & 0xFF) < 200) {
                    ink++;
                }
            }
        }
        return (double) ink / ((long) img.getWidth() * img.getHeight());
    }

    static int count(BufferedImage img, int colour) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs(((rgb >> 16) & 0xFF) - ((colour >> 16) & 0xFF)) <= 6 && Math.abs(((rgb >> 8) & 0xFF) - ((colour >> 8) & 0xFF)) <= 6
                        && Math.abs((rgb & 0xFF) - (colour & 0xFF)) <= 6) {
                    n++;
                }
            }
        }
        return n;
    }
}
