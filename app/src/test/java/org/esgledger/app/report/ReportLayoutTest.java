package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.assertj.core.api.SoftAssertions;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The demo's 2024 editions looked at as a reader would look at the pages (issue 15, tables and
 * layout): the PDFs' words by position ({@code pdftotext -bbox}) and their pages drawn
 * ({@code pdftoppm}), the DOCX's tables as Word paginates them. What the tables and key figures
 * say is read from the HTML edition, the same document.
 *
 * <p>Only the rendered files are looked at, never the store: CI's second pass, on an external
 * PostgreSQL server, skips this class ({@link DemoEditions#embeddedPassOnly()}); the embedded pass runs it.
 */
@StoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportLayoutTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;

    Path out;
    private final Map<String, List<PageLayout.Page>> pages = new TreeMap<>();
    private final Map<String, List<PageLayout.Word>> words = new TreeMap<>();

    @BeforeAll
    void render() throws IOException {
        DemoEditions.embeddedPassOnly();
        DemoEditions.render(workspaces, editions);
        out = DemoEditions.out();
    }

    Path file(String lang, String ext) {
        return out.resolve("report-2024-" + lang + "." + ext);
    }

    /**
     * The pages of both PDFs drawn, once for the tests that look at them: drawing them at 144 dpi is
     * the slowest step here, so the two editions are drawn at the same time.
     */
    synchronized List<PageLayout.Page> pages(String lang) throws Exception {
        if (pages.isEmpty()) {
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                Map<String, Future<List<PageLayout.Page>>> drawing = new TreeMap<>();
                for (String l : List.of("zh", "en")) {
                    drawing.put(l, two.submit(() -> PageLayout.pages(file(l, "pdf"))));
                }
                for (Map.Entry<String, Future<List<PageLayout.Page>>> e : drawing.entrySet()) {
                    pages.put(e.getKey(), e.getValue().get());
                }
            } finally {
                two.shutdownNow();
            }
        }
        return pages.get(lang);
    }

    /** The words of a PDF with their positions, read once per edition. */
    synchronized List<PageLayout.Word> words(String lang) throws Exception {
        if (!words.containsKey(lang)) {
            words.put(lang, PageLayout.words(file(lang, "pdf")));
        }
        return words.get(lang);
    }

    @Test
    void noWordIsPrintedOverItsNeighbourAndNoChineseIsStackedOneOrTwoCharactersALine() throws Exception {
        for (String lang : List.of("zh", "en")) {
            List<PageLayout.Word> words = words(lang);
            assertThat(words).hasSizeGreaterThan(1000);
            assertThat(PageLayout.overprinted(words)).as(lang + ": words printed over each other").isEmpty();
            assertThat(PageLayout.stacked(words)).as(lang + ": Chinese set in a column one or two characters wide").isEmpty();
        }
    }

    @Test
    void everyWordOfEveryTablePrintsWholeAndEveryShortChineseTermOnOneLine() throws Exception {
        Set<String> printed = new TreeSet<>();
        for (PageLayout.Word w : words("en")) {
            printed.addAll(latinWords(w.text()));
        }
        Set<String> inTables = new TreeSet<>();
        tableCells(file("en", "html")).forEach(c -> inTables.addAll(latinWords(c)));
        assertThat(inTables).hasSizeGreaterThan(1000).contains("opportunity", "Stakeholder", "Countermeasures");
        assertThat(new TreeSet<>(inTables)).as("words of the English tables broken inside or missing in the PDF")
                .allSatisfy(w -> assertThat(printed).contains(w));

        List<String> zhWords = words("zh").stream().map(PageLayout.Word::text).toList();
        List<String> terms = tableCells(file("zh", "html")).stream().map(String::strip)
                .filter(c -> !c.isEmpty() && c.codePoints().noneMatch(Character::isWhitespace) && c.codePointCount(0, c.length()) <= 8
                        && c.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN))
                .distinct().toList();
        assertThat(terms).hasSizeGreaterThan(50).contains("急性物理风险", "政府及监管机构");
        assertThat(terms).as("short Chinese terms of the tables not printed on one line")
                .allSatisfy(t -> assertThat(zhWords).anySatisfy(w -> assertThat(w).contains(t)));
    }

    @Test
    void everyPageThatContinuesATableStartsWithItsHeaderRowAndNoHeaderIsLeftAtAPageFoot() throws Exception {
        SoftAssertions both = new SoftAssertions();
        for (String lang : List.of("zh", "en")) {
            List<PageLayout.Page> pages = pages(lang);
            List<Integer> withoutHeader = new ArrayList<>();
            List<Integer> headerAtFoot = new ArrayList<>();
            List<Integer> startWithHeader = new ArrayList<>();
            for (PageLayout.Page p : pages) {
                if (p.blank()) {
                    continue;
                }
                // a header row's top edge, drawn between two rows of pixels, blends to the border's light blue-grey: not a body row
                if (p.cellBorderNear(p.firstInk()) && !p.headerBandNear(p.firstInk())) {
                    withoutHeader.add(p.number());
                }
                if (p.headerBandNear(p.firstInk())) {
                    startWithHeader.add(p.number());
                }
                if (p.headerBandNear(p.lastInk())) {
                    headerAtFoot.add(p.number());
                }
            }
            both.assertThat(withoutHeader).as(lang + ": pages that continue a table without its header row").isEmpty();
            both.assertThat(headerAtFoot).as(lang + ": pages ending with a table's header row").isEmpty();
            both.assertThat(startWithHeader).as(lang + ": tables continued on a page, header first").hasSizeGreaterThan(3);
        }
        both.assertAll();
    }

    @Test
    void noCaptionIsLeftAtAPageFoot() throws Exception {
        for (String lang : List.of("zh", "en")) {
            Set<String> captions = new LinkedHashSet<>();
            NodeList ps = ReportReading.parse(file(lang, "html")).getElementsByTagName("p");
            for (int i = 0; i < ps.getLength(); i++) {
                if (((Element) ps.item(i)).getAttribute("class").equals("caption")) {
                    captions.add(nfkc(ps.item(i).getTextContent().strip()));
                }
            }
            assertThat(captions).hasSizeGreaterThan(10);
            String[] pages = Poppler.layout(file(lang, "pdf")).split("\f");
            for (int p = 0; p < pages.length; p++) {
                List<String> lines = pages[p].lines().map(String::strip).filter(l -> !l.isEmpty() && !l.matches("\\d+")).toList();
                if (!lines.isEmpty()) {
                    assertThat(captions).as(lang + " page " + (p + 1) + " ends with a caption").doesNotContain(lines.get(lines.size() - 1));
                }
            }
        }
    }

    @Test
    void noPageIsMoreThanHalfEmptyUnlessAChapterEndsThere() throws Exception {
        SoftAssertions both = new SoftAssertions();
        for (String lang : List.of("zh", "en")) {
            Path pdf = file(lang, "pdf");
            List<Integer> chapterStarts = PageLayout.chapterStarts(pdf);
            List<PageLayout.Page> pages = pages(lang);
            List<String> halfEmpty = new ArrayList<>();
            for (PageLayout.Page p : pages) {
                boolean chapterEnds = p.number() == 1 || p.number() == pages.size() || chapterStarts.contains(p.number() + 1);
                if (!chapterEnds && p.emptyPercent() > 50) {
                    halfEmpty.add("page " + p.number() + ": " + p.emptyPercent() + " % empty");
                }
            }
            both.assertThat(chapterStarts).hasSizeGreaterThan(8);
            both.assertThat(halfEmpty).as(lang + ": pages more than half empty where no chapter ends").isEmpty();
        }
        both.assertAll();
    }

    @Test
    void keyFiguresStayOnOneLineAndMoneyIsAHeadlineOfFourDigitsAtMost() throws Exception {
        for (String lang : List.of("zh", "en")) {
            List<String> values = new ArrayList<>();
            NodeList divs = ReportReading.parse(file(lang, "html")).getElementsByTagName("div");
            for (int i = 0; i < divs.getLength(); i++) {
                if (((Element) divs.item(i)).getAttribute("class").startsWith("kf-value")) {
                    values.add(nfkc(divs.item(i).getTextContent().strip()));
                }
            }
            assertThat(values).hasSizeGreaterThan(10);
            // pdftotext may drop the space between a large number and its smaller unit ("0次"): compared without spaces
            List<String> lines = Poppler.layout(file(lang, "pdf")).lines().map(l -> l.replace(" ", "")).toList();
            assertThat(values).as(lang + ": key figures wrapped in the PDF")
                    .allSatisfy(v -> assertThat(lines).anySatisfy(l -> assertThat(l).contains(v.replace(" ", ""))));
            if (lang.equals("en")) {
                assertThat(values).contains("80 person-times").filteredOn(v -> v.startsWith("RMB")).isNotEmpty()
                        .allSatisfy(v -> assertThat(v.replaceAll("\\D", "").replaceFirst("^0+", "").length()).as(v).isLessThanOrEqualTo(4));
            } else {
                assertThat(values).contains("80 人次");
            }
        }
    }

    @Test
    void theContentsListTheChaptersAndSectionsButNotThemselves() throws Exception {
        for (String lang : List.of("zh", "en")) {
            String title = lang.equals("zh") ? "目录" : "Contents";
            String page = Poppler.text(file(lang, "pdf"), 2, 2);
            assertThat(page.lines().filter(l -> l.contains(title)).count()).as(lang + ": the contents page names itself once, as its title").isEqualTo(1);
            assertThat(page).contains(lang.equals("zh") ? "员工权益保障" : "Protection of employee rights");
            try (InputStream in = Files.newInputStream(file(lang, "docx")); XWPFDocument docx = new XWPFDocument(in)) {
                assertThat(docx.getParagraphs().stream().filter(p -> p.getText().startsWith(title)).count()).isEqualTo(1);
            }
        }
    }

    @Test
    void docxTablesRepeatTheirHeaderKeepCaptionAndHeaderWithTheFirstRowAndNeverSplitARow() throws Exception {
        for (String lang : List.of("zh", "en")) {
            try (InputStream in = Files.newInputStream(file(lang, "docx")); XWPFDocument docx = new XWPFDocument(in)) {
                int checked = 0;
                IBodyElement before = null;
                for (IBodyElement e : docx.getBodyElements()) {
                    if (e instanceof XWPFTable t && "1F6F8B".equals(t.getRow(0).getCell(0).getColor())) {
                        checked++;
                        XWPFTableRow header = t.getRow(0);
                        assertThat(header.isRepeatHeader()).as("header repeated").isTrue();
                        assertThat(header.getTableCells()).allSatisfy(c -> assertThat(c.getParagraphs().get(0).isKeepNext()).isTrue());
                        assertThat(t.getRows()).allSatisfy(r -> assertThat(r.isCantSplitRow()).as("row kept on one page").isTrue());
                        assertThat(t.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
                        if (before instanceof XWPFParagraph p && "Caption".equals(p.getStyle())) {
                            assertThat(p.isKeepNext()).as("caption kept with its table: " + p.getText()).isTrue();
                        }
                    }
                    before = e;
                }
                assertThat(checked).isGreaterThan(60);
            }
        }
    }

    /** The texts of every cell (header and body) of the HTML edition's tables. */
    static List<String> tableCells(Path html) throws Exception {
        List<String> cells = new ArrayList<>();
        for (String tag : List.of("th", "td")) {
            NodeList nodes = ReportReading.parse(html).getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                cells.add(nfkc(nodes.item(i).getTextContent()));
            }
        }
        return cells;
    }

    /** Latin words of two letters or more; a hyphen or slash may end a line, so it ends a word. */
    static List<String> latinWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("[A-Za-z]{2,}").matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    static String nfkc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
