package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo's editions read as a designed report (issue 15, item 2; ADR 0019): the Chinese PDF's
 * headings in a real bold CJK face, embedded; a cover naming the company in both languages with its
 * stock code, the year and the period, and no product tagline; a running header with the chapter's
 * title on a page in the middle of a chapter; the DOCX's running header and its footer's page number;
 * an image beside a template drawn in the PDF, described by its alt text in the HTML, placed in
 * the DOCX; the demo's logo on the cover.
 */
@StoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportDesignTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;

    Path out;

    /** The demo's editions, rendered once for every report test of this run ({@link DemoEditions}); files only, so the embedded pass alone. */
    @BeforeAll
    void render() throws IOException {
        DemoEditions.embeddedPassOnly();
        DemoEditions.render(workspaces, editions);
        out = DemoEditions.out();
    }

    Path file(String lang, String ext) {
        return out.resolve("report-2024-" + lang + "." + ext);
    }

    @Test
    void chineseHeadingsAreSetInABoldCjkFaceEmbeddedAsASubset() throws Exception {
        List<String> fonts = Poppler.run(List.of("pdffonts", file("zh", "pdf").toString())).lines().skip(2).toList();
        // pdffonts: name, type, encoding, emb, sub, uni, object; a subset's name has a six-letter tag
        assertThat(fonts).anySatisfy(line -> assertThat(line).matches("[A-Z]{6}\\+LXGWWenKai-Bold\\s+CID TrueType.*\\syes\\s+yes\\s+yes\\s.*"));
    }

    @Test
    void theCoverNamesTheCompanyInBothLanguagesItsStockCodeYearAndPeriodAndNoTagline() throws Exception {
        String zh = Poppler.text(file("zh", "pdf"), 1, 1);
        assertThat(zh).contains("熵基科技股份有限公司", "ZKTECO CO., LTD.", "股票代码:301330", "2024", "2024年度可持续发展报告",
                "报告期:2024年1月1日至2024年12月31日").doesNotContain("ESG Ledger");
        String en = Poppler.text(file("en", "pdf"), 1, 1);
        assertThat(en).contains("ZKTECO CO., LTD.", "熵基科技股份有限公司", "Stock code: 301330", "2024 Sustainability Report",
                "Reporting period: 1 January 2024 to 31 December 2024").doesNotContain("ESG Ledger");
    }

    @Test
    void aPageInTheMiddleOfAChapterCarriesTheChapterTitleAndThePageNumber() throws Exception {
        for (String lang : List.of("zh", "en")) {
            Path pdf = file(lang, "pdf");
            List<Integer> starts = PageLayout.chapterStarts(pdf);
            Map<String, Integer> bookmarks = ReportReading.bookmarks(pdf);
            int longest = 0;
            for (int i = 1; i + 1 < starts.size(); i++) {
                if (starts.get(i + 1) - starts.get(i) > starts.get(longest + 1) - starts.get(longest)) {
                    longest = i;
                }
            }
            int first = starts.get(longest);
            int middle = (first + starts.get(longest + 1)) / 2;
            String chapter = bookmarks.entrySet().stream().filter(e -> e.getValue() == first).findFirst().orElseThrow().getKey();
            assertThat(middle).as(lang + ": a page inside a chapter, not its first").isGreaterThan(first);
            List<String> lines = Poppler.layoutPages(pdf, middle, middle).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertThat(lines.get(0)).as(lang + " page " + middle + ": its first line, the running header").contains(chapter);
            assertThat(lines.get(lines.size() - 1)).as(lang + " page " + middle + ": its last line, the page number").isEqualTo(String.valueOf(middle));
        }
    }

    @Test
    void theDocxHasARunningHeaderWithTheChapterAndAFooterWithThePageNumber() throws Exception {
        try (InputStream in = Files.newInputStream(file("zh", "docx")); XWPFDocument docx = new XWPFDocument(in)) {
            List<String> headers = docx.getHeaderList().stream().map(XWPFHeader::getText).toList();
            assertThat(headers).as("a header per chapter, naming the report and the chapter")
                    .anySatisfy(h -> assertThat(h).contains("2024年度可持续发展报告", "以人为本"));
            XWPFFooter footer = docx.getHeaderFooterPolicy().getDefaultFooter();
            assertThat(footer._getHdrFtr().xmlText()).containsPattern("instrText[^>]*> PAGE <");
            assertThat(docx.getDocument().xmlText()).as("the cover's section shows no header on its first page").contains("titlePg");
            assertThat(docx.getParagraphs().subList(0, 8).stream().map(p -> p.getText()).toList())
                    .contains("熵基科技股份有限公司", "ZKTECO CO., LTD.", "股票代码：301330", "2024");
        }
    }

    @Test
    void anImageBesideATemplateIsDrawnInThePdfDescribedInTheHtmlAndPlacedInTheDocx() throws Exception {
        Path folder = Files.createTempDirectory("design-image");
        BufferedImage photo = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 240; x++) {
            for (int y = 0; y < 160; y++) {
                photo.setRGB(x, y, (x * 255 / 240) << 16 | (y * 255 / 160) << 8 | 0x60);
            }
        }
        Files.createDirectories(folder.resolve("photos"));
        ImageIO.write(photo, "png", folder.resolve("photos").resolve("plant.png").toFile());
        Files.writeString(folder.resolve("template.xml"), """
                <report id="images" entity="group" year="2024">
                  <title zh="图片" en="Images"/>
                  <chapter id="plant" zh="工厂" en="The plant">
                    <image src="photos/plant.png" zh="厂区屋顶光伏" en="Rooftop solar at the plant" alt-zh="厂房屋顶上成排的太阳能电池板" alt-en="Rows of solar panels on the factory roof"/>
                  </chapter>
                </report>
                """);
        Path images = Files.createTempDirectory("design-image-out");
        editions.render(new RenderOptions(2024, folder.resolve("template.xml"), List.of(Language.ZH, Language.EN), Set.of("pdf", "html", "docx"),
                images, false));
        String list = Poppler.run(List.of("pdfimages", "-list", images.resolve("report-2024-en.pdf").toString()));
        assertThat(list.lines().skip(2).toList()).as("pdfimages -list").anySatisfy(l -> assertThat(l.strip()).matches("2\\s+\\d+\\s+image\\s+240\\s+160\\s.*"));
        assertThat(Poppler.text(images.resolve("report-2024-en.pdf"), 2, 2)).contains("Rooftop solar at the plant");
        assertThat(Files.readString(images.resolve("report-2024-zh.html"))).contains("alt=\"厂房屋顶上成排的太阳能电池板\"", "厂区屋顶光伏");
        try (InputStream in = Files.newInputStream(images.resolve("report-2024-en.docx")); XWPFDocument docx = new XWPFDocument(in)) {
            assertThat(docx.getAllPictures()).hasSize(1);
            assertThat(docx.getDocument().xmlText()).contains("descr=\"Rows of solar panels on the factory roof\"");
        }
        assertThat(Files.readString(file("en", "html"))).as("the demo's logo on the cover").contains("class=\"cover-logo\"", "alt=\"ZKTECO CO., LTD.\"");
    }
}
