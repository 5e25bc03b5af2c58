package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The report owner's story: the demo renders both editions in every format, and the output is
 * looked at the way a person would: PDF text read back with pdftotext and compared with the seed
 * report section by section, fonts listed with pdffonts, pages drawn with pdftoppm, the DOCX
 * converted by LibreOffice, the HTML's links followed.
 *
 * <p>The tests that look only at how the files are made (pages drawn, the DOCX converted by
 * LibreOffice), not at what the store gave them, run in CI's embedded pass and are skipped in its
 * second pass on an external server ({@link DemoEditions#embeddedPassOnly()}).
 */
@StoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEditionsTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;

    Path out;
    Rendering rendering;

    @BeforeAll
    void render() throws IOException {
        rendering = DemoEditions.render(workspaces, editions);
        out = DemoEditions.out();
    }

    static boolean seedPresent() {
        return SeedFigures.present();
    }

    static boolean libreOfficePresent() {
        return Poppler.available("soffice");
    }

    Path file(String name) {
        return out.resolve(name);
    }

    @Test
    void everyFormatOfBothEditionsIsWrittenWithLineageDataPackAndRenderReport() throws IOException {
        assertThat(rendering.files()).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("report-2024-zh.html",
                "report-2024-zh.pdf", "report-2024-zh.docx", "report-2024-en.html", "report-2024-en.pdf", "report-2024-en.docx",
                "lineage-2024.html", "datapack-2024.json", "datapack-2024.csv");
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.filter(p -> p.getFileName().toString().startsWith(".render-"))).as("no scratch folder left").isEmpty();
        }
        if (org.esgledger.app.workspace.PrivateFiles.posix(out)) {
            // outputs are the company's unpublished figures: the owner's only
            for (Path f : rendering.files()) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                        .isEqualTo("rw-------");
            }
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(rendering.renderReport())))
                    .isEqualTo("rw-------");
        }
        String report = Files.readString(rendering.renderReport(), StandardCharsets.UTF_8);
        // what the demo cannot compute (ratios of years without revenue or headcount) is printed as the 2024 report published
        // it, marked so, and listed for the owner, not hidden: nothing is missing
        assertThat(rendering.missing()).isEmpty();
        assertThat(report).contains("printed as published (not computable from the data): 3")
                .contains("`rd_investment_revenue_ratio@group@2022|number` in section `innovation-driven--r-d-investment`");
        // with the reason, in both languages
        assertThat(report).contains("`rd_staff_share@group@2022|number` in section `innovation-driven--r-d-talent`: rd_staff_share@group@2022 "
                + "is not available: no value for employees_total@group@2022 / rd_staff_share@group@2022 无法计算：缺少 employees_total@group@2022");
        assertThat(report).contains("rd_investment_revenue_ratio@group@2023").contains("Computed but not used")
                .contains("ghg_scope1_emissions@group@2024").contains("Consistency findings about rendered figures");
        // the seed's truncated 98.07% and the unreproducible turnover rate are figures the report prints: their findings are listed
        assertThat(rendering.findings()).anySatisfy(f -> assertThat(f).contains("hazard_checkpoint_pass_rate"));
    }

    @Test
    void everyFontOfBothPdfsIsEmbedded() throws Exception {
        for (String lang : List.of("zh", "en")) {
            List<String> lines = Poppler.run(List.of("pdffonts", file("report-2024-" + lang + ".pdf").toString())).lines().skip(2).toList();
            assertThat(lines).isNotEmpty();
            for (String line : lines) {
                String[] t = line.trim().split("\\s+");
                assertThat(t[t.length - 5]).as("embedded: " + line).isEqualTo("yes");
            }
            assertThat(String.join("\n", lines)).contains("DejaVuSans").contains("DroidSansFallback");
        }
    }

    @Test
    void everyCharacterThePdfsPrintHasAGlyphInTheEmbeddedFonts() throws Exception {
        java.awt.Font sans = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, Files.newInputStream(Path.of("src/main/resources/fonts/DejaVuSans.ttf")));
        java.awt.Font cjk = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT,
                Files.newInputStream(Path.of("src/main/resources/fonts/DroidSansFallbackFull.ttf")));
        Set<String> without = new TreeSet<>();
        int checked = 0;
        for (String lang : List.of("zh", "en")) {
            String raw = Poppler.run(List.of("pdftotext", "-enc", "UTF-8", file("report-2024-" + lang + ".pdf").toString(), "-"));
            for (int cp : raw.codePoints().distinct().toArray()) {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    continue;
                }
                checked++;
                if (!sans.canDisplay(cp) && !cjk.canDisplay(cp)) {
                    without.add(new String(Character.toChars(cp)) + " U+" + Integer.toHexString(cp).toUpperCase());
                }
            }
        }
        assertThat(checked).isGreaterThan(500);
        assertThat(without).as("characters no bundled font can draw").isEmpty();
        assertThat(sans.canDisplay('₂') && sans.canDisplay('℃') && sans.canDisplay('≤') && cjk.canDisplay('％')).isTrue();
    }

    @Test
    @EnabledIf("seedPresent")
    void eachPdfPrintsEverySeedFigureOfA2024SectionInThatSectionAsTheSeedReportPrintsIt() throws Exception {
        SeedFigures seed = SeedFigures.read();
        for (Language lang : List.of(Language.ZH, Language.EN)) {
            Path pdf = file("report-2024-" + lang.name().toLowerCase() + ".pdf");
            Map<String, String> sections = ReportReading.sectionTexts(pdf);
            List<String> absent = new ArrayList<>();
            for (SeedFigures.Figure f : seed.figures()) {
                String title = lang == Language.ZH ? f.sectionZh() : f.sectionEn();
                String text = sections.get(title);
                assertThat(text).as(lang + " section " + title).isNotNull();
                if (!text.contains(f.printed())) {
                    absent.add(f.indicator() + " " + f.printed() + " in " + title);
                }
            }
            assertThat(absent).as(lang + " figures missing from their section").isEmpty();
            // where the seed report's own figure cannot be reproduced, the report prints the computed one with a footnote that
            // gives the printed one, and the render report lists the consistency finding (turnover 30.53% has no base; 98.07%
            // is 102/104 truncated)
            for (String[] d : List.of(new String[] {"employee_turnover_rate", "30.53%", "19.48%"},
                    new String[] {"hazard_checkpoint_pass_rate", "98.07%", "98.08%"})) {
                SeedFigures.Figure f = seed.figures().stream().filter(x -> x.indicator().equals(d[0])).findFirst().orElseThrow();
                String text = sections.get(lang == Language.ZH ? f.sectionZh() : f.sectionEn()).replaceAll("\\s+", lang == Language.ZH ? "" : " ");
                assertThat(text).as(lang + " " + d[0]).contains(d[2].replace("%", "") + "1") // the table cell with its marker ¹ (NFKC: 1)
                        .contains(lang == Language.ZH ? "披露为" + d[1] : "printed " + d[1]).contains(lang == Language.ZH ? "为" + d[2] + "。" : d[2] + ".");
                assertThat(rendering.findings()).anySatisfy(x -> assertThat(x).contains(d[0]));
            }
            assertThat(seed.figures()).hasSize(261);
        }
    }

    @Test
    void thePdfHasBookmarksForChaptersAndSectionsAndPageNumbersInItsContentIndex() throws Exception {
        Path pdf = file("report-2024-en.pdf");
        Map<String, Integer> pages = ReportReading.bookmarks(pdf);
        assertThat(pages).containsKeys("Contents", "Introduction to the Report", "Protection of employee rights and interests", "Index");
        String layout = Poppler.layout(pdf);
        StringBuilder body = new StringBuilder();
        // from the index's first page: its header row repeats on every page it continues on
        int indexStart = layout.indexOf("GRI Standards", ReportReading.nthPageStart(layout, pages.get("Index") - 1));
        for (String page : layout.substring(indexStart).split("\f")) {
            List<String> lines = new ArrayList<>(page.lines().toList());
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
                lines.remove(lines.size() - 1);
            }
            if (!lines.isEmpty() && lines.get(lines.size() - 1).strip().matches("\\d+")) {
                lines.remove(lines.size() - 1); // the page's own number in the footer
            }
            body.append(String.join("\n", lines)).append('\n');
        }
        String index = body.toString();
        // the section lines end where the disclosures table (framework, disclosure, pages) begins
        Matcher disclosures = Pattern.compile("(?m)^\\s*Framework\\s+Disclosure\\s+Pages").matcher(index);
        assertThat(disclosures.find()).as("the index places each disclosure on its pages").isTrue();
        index = index.substring(0, disclosures.start());
        int pageColumn = index.lines().filter(l -> l.contains("Page")).findFirst().orElseThrow().indexOf("Page");
        List<Integer> printed = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^(.*\\S)\\s{2,}(\\d+)\\s*$").matcher(index);
        while (m.find()) {
            if (m.end(2) > pageColumn) {
                printed.add(Integer.parseInt(m.group(2)));
            }
        }
        List<String> listed = ReportReading.indexRows(file("report-2024-en.html")).keySet().stream().toList();
        assertThat(printed).as("one page number per index line").hasSize(listed.size());
        for (int i = 0; i < listed.size(); i++) {
            assertThat(printed.get(i)).as("page of " + listed.get(i)).isEqualTo(pages.get(listed.get(i)));
            String page = Poppler.text(pdf, printed.get(i), printed.get(i)).replaceAll("\\s+", " ");
            assertThat(page).as("page " + printed.get(i)).contains(listed.get(i));
        }
    }

    @Test
    @EnabledIf("seedPresent")
    void theContentIndexListsTheSeedReportsDisclosuresPerSection() throws Exception {
        Map<String, String[]> rendered = ReportReading.indexRows(file("report-2024-en.html"));
        List<SeedFigures.IndexRow> seed = SeedFigures.read().index();
        assertThat(rendered.keySet()).containsExactlyElementsOf(seed.stream().map(SeedFigures.IndexRow::sectionEn).toList());
        for (SeedFigures.IndexRow row : seed) {
            String[] r = rendered.get(row.sectionEn());
            assertThat(ReportReading.gri(r[0])).as("GRI of " + row.sectionEn()).isEqualTo(ReportReading.gri(row.gri()));
            assertThat(ReportReading.articles(r[1])).as("articles of " + row.sectionEn()).isEqualTo(ReportReading.articles(row.szse()));
        }
        assertThat(Files.readString(file("report-2024-zh.html"), StandardCharsets.UTF_8)).contains("第三十四条至第三十六条").contains("第十九条");
    }

    @Test
    void theContentIndexPlacesEachDisclosureWhereItsIndicatorsPrint() throws Exception {
        Path html = file("report-2024-en.html");
        Map<String, List<String>> rows = ReportReading.disclosureRows(html);
        assertThat(rows).containsKeys("GRI 401-1", "GRI 408-1", "SZSE Article 50");
        String text = Files.readString(html, StandardCharsets.UTF_8);
        rows.forEach((disclosure, ids) -> {
            assertThat(ids).as("pages of " + disclosure).isNotEmpty();
            ids.forEach(id -> assertThat(text).as(disclosure + " points to a part").contains("id=\"" + id + "\""));
        });
        // new hires (GRI 401-1) print in the employee section; child labour (408-1) is answered there too, by its own indicator
        assertThat(rows.get("GRI 401-1")).contains("protection-of-employee-rights-and-interests");
        assertThat(rows.get("GRI 401-1")).as("a section's references are not its figures'").doesNotContain("data-of-2024");
    }

    @Test
    void pagesAreDrawnNotBlankAndTheChartsAreOnThem() throws Exception {
        DemoEditions.embeddedPassOnly();
        for (String lang : List.of("zh", "en")) {
            Path pdf = file("report-2024-" + lang + ".pdf");
            Path dir = Files.createTempDirectory("pages-" + lang);
            Poppler.run(List.of("pdftoppm", "-r", "30", "-png", pdf.toString(), dir.resolve("p").toString()));
            List<Path> pngs;
            try (Stream<Path> s = Files.list(dir)) {
                pngs = s.sorted().toList();
            }
            assertThat(pngs).hasSizeGreaterThan(25);
            int matrix = 0;
            int orange = 0;
            for (Path png : pngs) {
                BufferedImage img = ImageIO.read(png.toFile());
                assertThat(ReportReading.inked(img)).as(png.getFileName() + " is not blank").isGreaterThan(0.002);
                matrix += ReportReading.count(img, 0xE3F0E6);
                orange += ReportReading.count(img, 0xF18F01);
            }
            assertThat(matrix).as("the materiality matrix's upper-right quadrant is drawn").isGreaterThan(300);
            assertThat(orange).as("the third slice of the age donut is drawn").isGreaterThan(20);
        }
    }

    @Test
    void theDocxHasHeadingStylesEastAsianFontsRealTablesAndChartPictures() throws Exception {
        for (String lang : List.of("zh", "en")) {
            try (var in = Files.newInputStream(file("report-2024-" + lang + ".docx"));
                 var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                List<String> headings = docx.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                        .map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).toList();
                assertThat(headings).contains(lang.equals("zh") ? "员工权益保障" : "Protection of employee rights and interests").hasSize(25);
                assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
                assertThat(docx.getStyles().getStyle("Normal").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("Microsoft YaHei");
                assertThat(docx.getTables()).hasSizeGreaterThan(60);
                // four charts (R&D staff, R&D investment, age donut, materiality matrix) and the cover's logo; the headcount by
                // gender and new hires by channel, two values each, print in the employee section's tables only (no chart for fewer
                // than three values, and no table repeating another's rows: ReportOutlineTest)
                assertThat(docx.getAllPictures()).as("one picture per chart, and the cover's logo").hasSize(5);
                assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0).getEastAsia()).isEqualTo("LXGW WenKai");
                String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(docx).getText();
                assertThat(text).contains("21,547.10").contains("3,558");
            }
        }
    }

    @Test
    @EnabledIf("libreOfficePresent")
    void theDocxConvertsWithLibreOfficeAndItsTextHasTheSameFigures() throws Exception {
        DemoEditions.embeddedPassOnly();
        Path dir = Files.createTempDirectory("lo");
        // both editions in one run of LibreOffice: starting it takes seconds
        Poppler.run(List.of("soffice", "--headless", "-env:UserInstallation=file://" + dir.resolve("profile"), "--convert-to", "pdf",
                "--outdir", dir.toString(), file("report-2024-zh.docx").toString(), file("report-2024-en.docx").toString()));
        for (String lang : List.of("zh", "en")) {
            String text = Poppler.text(dir.resolve("report-2024-" + lang + ".pdf"), 0, 0);
            String ours = Poppler.text(file("report-2024-" + lang + ".pdf"), 0, 0);
            Set<String> figures = ReportReading.figuresIn(ours);
            assertThat(figures).hasSizeGreaterThan(50);
            assertThat(figures).allSatisfy(f -> assertThat(text).as("figure " + f + " in LibreOffice's PDF of the DOCX").contains(f));
            assertThat(text).contains(lang.equals("zh") ? "员工权益保障" : "Protection of employee rights and interests");
        }
    }

    @Test
    void theHtmlEditionWorksOfflineAndLinksEveryFigureToItsLineage() throws Exception {
        String lineage = Files.readString(file("lineage-2024.html"), StandardCharsets.UTF_8);
        for (String lang : List.of("zh", "en")) {
            String html = Files.readString(file("report-2024-" + lang + ".html"), StandardCharsets.UTF_8);
            assertThat(html).doesNotContainPattern("(src|href)=\"https?:").doesNotContain("<script");
            NodeList links = ReportReading.parse(file("report-2024-" + lang + ".html")).getElementsByTagName("a");
            int figures = 0;
            for (int i = 0; i < links.getLength(); i++) {
                Element a = (Element) links.item(i);
                if (a.getAttribute("class").equals("fig")) {
                    figures++;
                    String id = a.getAttribute("href").substring("lineage-2024.html#".length());
                    assertThat(lineage).as("lineage of " + a.getTextContent()).contains("<section id=\"" + id + "\">");
                }
            }
            assertThat(figures).isGreaterThan(350);
            assertThat(html).contains(lang.equals("zh") ? "<a href=\"report-2024-en.html\">English edition</a>" : "<a href=\"report-2024-zh.html\">中文版</a>");
        }
        assertThat(lineage).contains("employees-2024.csv").contains("formula v1: rd_staff / employees_total").contains("approved entry (policy)");
    }

    @Test
    void theDataPackIsValidAndHoldsEveryFigureOfTheReportMarkedWithItsSections() throws Exception {
        String json = Files.readString(file("datapack-2024.json"), StandardCharsets.UTF_8);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(DataPackTest.SCHEMA, StandardCharsets.UTF_8), InputFormat.JSON);
        assertThat(schema.validate(json, InputFormat.JSON)).as("schema errors").isEmpty();
        Set<String> linked = new TreeSet<>();
        for (String lang : List.of("zh", "en")) {
            Matcher m = Pattern.compile("href=\"lineage-2024\\.html#(F[0-9a-f]{16})\"")
                    .matcher(Files.readString(file("report-2024-" + lang + ".html"), StandardCharsets.UTF_8));
            while (m.find()) {
                linked.add(m.group(1));
            }
        }
        assertThat(linked).hasSizeGreaterThan(300);
        for (String id : linked) {
            int at = json.indexOf("\"fact_id\": \"" + id + "\"");
            assertThat(at).as("figure " + id + " in the data pack").isPositive();
            String figure = json.substring(at, json.indexOf("\"report_sections\"", at));
            assertThat(figure).as(id).contains("\"in_report\": true");
        }
        // an approved entry no calculation carries (a policy) and an earlier year's figure of a multi-year table
        assertThat(json).containsPattern("\"indicator\": \"ac_min_cooling_setpoint\"[^}]*\"period\": \"2024\"")
                .containsPattern("\"indicator\": \"rd_investment\"[^}]*\"period\": \"2022\"");
    }

    @Test
    void aMissingFigureIsVisibleAndStrictRenderingWritesNothing() throws Exception {
        Path dir = Files.createTempDirectory("missing");
        Files.createDirectories(dir.resolve("registers"));
        Path template = dir.resolve("template.xml");
        Files.writeString(template, """
                <report id="t" entity="group" year="2024">
                  <title zh="测试" en="Test"/>
                  <chapter id="env" zh="环境" en="Environment">
                    <text><zh><p>员工{{employees_total@2024}}，用水{{employees_total@2021}}。CO₂ ≤ 26℃，达标率100％。</p></zh>
                          <en><p>{{employees_total@2024}} employees, water {{employees_total@2021}}.</p></en></text>
                  </chapter>
                </report>
                """, StandardCharsets.UTF_8);
        Path target = Files.createTempDirectory("missing-out");
        Rendering r = editions.render(new RenderOptions(2024, template, List.of(Language.ZH), Set.of("pdf"), target, false));
        assertThat(r.missing()).containsExactly("employees_total@group@2021 (env)");
        String text = Poppler.text(target.resolve("report-2024-zh.pdf"), 0, 0);
        assertThat(text).contains("员工3,558 人").contains("用水【数据缺失】");
        String raw = Poppler.run(List.of("pdftotext", "-enc", "UTF-8", target.resolve("report-2024-zh.pdf").toString(), "-"));
        assertThat(raw).as("subscript two, degree Celsius, less-or-equal and full-width percent come through").contains("CO₂ ≤ 26℃，达标率100％");

        Path strictOut = Files.createTempDirectory("strict-out");
        assertThatThrownBy(() -> editions.render(new RenderOptions(2024, template, List.of(Language.ZH, Language.EN), Set.of("pdf", "html"),
                strictOut, true)))
                .isInstanceOf(EsgException.class).hasMessageContaining("have no value (--strict)").hasMessageContaining("employees_total@group@2021");
        try (Stream<Path> s = Files.list(strictOut)) {
            assertThat(s).as("a strict render that fails writes nothing").isEmpty();
        }
    }
}
