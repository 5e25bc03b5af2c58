package org.esgledger.app.report;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The pages of an edition's PDF that the README shows, each found by what is printed on it, read the
 * way a person would find it: the cover by the company's name and stock code (as the HTML edition of
 * the same document prints them); a chapter's opener by the chapter's bookmark; the risk register
 * and the targets table by their header row (its words side by side at the top of a table); the
 * materiality matrix by its drawing (the chart whose SVG title is the matrix's, in the HTML, is drawn
 * in the PDF as a picture of the same proportions); the key figures by their caption and first tile.
 * A page not found is 0.
 */
final class ShownPages {

    /** What each edition calls the things shown: the chapter opened, the two tables' headers, the matrix's title. */
    record Names(String chapter, List<String> riskHeader, List<String> targetsHeader, String matrix) {
    }

    static final Map<String, Names> NAMES = Map.of(
            "zh", new Names("以人为本", List.of("类型", "风险/机遇名称", "描述", "财务影响", "影响期间", "应对措施"),
                    List.of("部门", "指标", "目标", "评估结果", "达成情况"), "双重重要性议题矩阵"),
            "en", new Names("People-oriented", List.of("Type", "Risk / opportunity", "Description", "Financial impact", "Impact period", "Countermeasures"),
                    List.of("Department", "Metric", "Target", "Result", "Status"), "Double materiality matrix"));

    /** An A4 page's height in points. */
    private static final double A4_HEIGHT = 841.89;
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private ShownPages() {
    }

    /** Name (cover, chapter, risk-table, targets-table, materiality-matrix, key-figures) → page (1-based; 0 when not found). */
    static Map<String, Integer> find(Path pdf, Path html, String lang) throws Exception {
        Names names = NAMES.get(lang);
        Document dom = ReportReading.parse(html);
        List<String> pages = List.of(Poppler.text(pdf, 0, 0).split("\f"));
        List<PageLayout.Word> words = PageLayout.words(pdf);
        Map<String, Integer> found = new LinkedHashMap<>();
        found.put("cover", pageWith(pages, text(dom, "cover-name"), text(dom, "cover-stock")));
        found.put("chapter", chapter(pdf, pages, names.chapter()));
        found.put("risk-table", header(words, names.riskHeader()));
        found.put("targets-table", header(words, names.targetsHeader()));
        found.put("materiality-matrix", drawing(pdf, dom, names.matrix()));
        Element tiles = byClass(dom, "keyfigures");
        found.put("key-figures", tiles == null ? 0 : pageWith(pages, text(tiles, "caption"), text(tiles, "kf-number"), text(tiles, "kf-label")));
        return found;
    }

    /** The header rows of the HTML edition's tables, for checking that the names above are the edition's own. */
    static List<List<String>> headers(Path html) throws Exception {
        List<List<String>> headers = new ArrayList<>();
        NodeList theads = ReportReading.parse(html).getElementsByTagName("thead");
        for (int t = 0; t < theads.getLength(); t++) {
            NodeList ths = ((Element) theads.item(t)).getElementsByTagName("th");
            List<String> row = new ArrayList<>();
            for (int i = 0; i < ths.getLength(); i++) {
                row.add(ths.item(i).getTextContent().strip());
            }
            headers.add(row);
        }
        return headers;
    }

    /** The first page whose text holds every one of these (whitespace as one space, NFKC as pdftotext's text is). */
    private static int pageWith(List<String> pages, String... texts) {
        for (int p = 0; p < pages.size(); p++) {
            String page = SPACE.matcher(pages.get(p)).replaceAll(" ");
            boolean all = texts.length > 0;
            for (String t : texts) {
                all &= !t.isEmpty() && page.contains(t);
            }
            if (all) {
                return p + 1;
            }
        }
        return 0;
    }

    /** The page a chapter's bookmark points to, when the chapter's title is printed there (its opener). */
    private static int chapter(Path pdf, List<String> pages, String title) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (PDOutlineItem chapter : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (chapter.getTitle().contains(title)) {
                    int page = doc.getPages().indexOf(chapter.findDestinationPage(doc)) + 1;
                    return pageWith(List.of(pages.get(page - 1)), normal(chapter.getTitle())) == 1 ? page : 0;
                }
            }
        }
        return 0;
    }

    /**
     * The first page where a table's header row is printed in the page's upper half (so that the picture shows
     * the table, not a first row at a page's foot; a header is repeated on the pages a table goes on to): its first cell's first word, and every other
     * cell's words to its right, from two lines above it to three below (a header cell may wrap, and a cell
     * of one line is set in the middle of the row's height; a Chinese term wrapped goes on at the same left edge).
     */
    private static int header(List<PageLayout.Word> words, List<String> cells) {
        String first = SPACE.split(cells.get(0))[0];
        for (PageLayout.Word start : words) {
            if (!start.text().equals(first) || start.y0() > A4_HEIGHT / 2) {
                continue;
            }
            double line = start.y1() - start.y0();
            List<PageLayout.Word> band = words.stream().filter(w -> w.page() == start.page() && w.x0() >= start.x0() - 1
                    && w.y0() >= start.y0() - 2 * line && w.y0() <= start.y0() + 3 * line).toList();
            if (cells.stream().allMatch(c -> printed(c, band))) {
                return start.page();
            }
        }
        return 0;
    }

    private static boolean printed(String cell, List<PageLayout.Word> band) {
        if (!HAN.matcher(cell).find()) {
            List<String> texts = band.stream().map(PageLayout.Word::text).toList();
            return List.of(SPACE.split(cell)).stream().allMatch(texts::contains);
        }
        String whole = SPACE.matcher(cell).replaceAll("");
        for (PageLayout.Word w : band) {
            if (whole.startsWith(w.text())) {
                StringBuilder column = new StringBuilder();
                band.stream().filter(o -> Math.abs(o.x0() - w.x0()) <= 1 && o.y0() >= w.y0()).sorted(Comparator.comparingDouble(PageLayout.Word::y0))
                        .forEach(o -> column.append(o.text()));
                if (column.toString().startsWith(whole)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The page holding a drawing of the chart titled so in the HTML edition: openhtmltopdf draws each SVG
     * chart as a form XObject, scaled to fit, so the chart is the picture of its proportions (to half a
     * per cent: the demo's other charts differ by more).
     */
    private static int drawing(Path pdf, Document dom, String title) throws Exception {
        NodeList svgs = dom.getElementsByTagName("svg");
        double ratio = 0;
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            NodeList titles = svg.getElementsByTagName("title");
            if (titles.getLength() > 0 && titles.item(0).getTextContent().strip().equals(title)) {
                ratio = Double.parseDouble(svg.getAttribute("width")) / Double.parseDouble(svg.getAttribute("height"));
            }
        }
        if (ratio == 0) {
            return 0;
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int number = 0;
            for (PDPage page : doc.getPages()) {
                number++;
                PDResources resources = page.getResources();
                for (COSName name : resources.getXObjectNames()) {
                    PDXObject x = resources.getXObject(name);
                    if (x instanceof PDFormXObject) {
                        PDRectangle box = ((PDFormXObject) x).getBBox();
                        if (Math.abs(box.getWidth() / box.getHeight() / ratio - 1) < 0.005) {
                            return number;
                        }
                    }
                }
            }
        }
        return 0;
    }

    private static Element byClass(Document dom, String css) {
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (((Element) all.item(i)).getAttribute("class").equals(css)) {
                return (Element) all.item(i);
            }
        }
        return null;
    }

    /** The text of the first element of this class under the given node, as pdftotext's text would read (NFKC, one space). */
    private static String text(Document dom, String css) {
        Element e = byClass(dom, css);
        return e == null ? "" : normal(e.getTextContent());
    }

    private static String text(Element under, String css) {
        NodeList all = under.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            if (((Element) all.item(i)).getAttribute("class").equals(css)) {
                return normal(all.item(i).getTextContent());
            }
        }
        return "";
    }

    private static String normal(String s) {
        return SPACE.matcher(Normalizer.normalize(s, Normalizer.Form.NFKC)).replaceAll(" ").strip();
    }
}
