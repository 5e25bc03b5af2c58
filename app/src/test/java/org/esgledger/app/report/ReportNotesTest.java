package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The demo report's honest notes and its targets table, read as a reader reads them: the PDF's text
 * (pdftotext) and the DOCX's tables and paragraphs (POI). A figure that differs from what the company
 * published carries a footnote with both values and why; a prior-year figure the data cannot give is
 * the published one, marked so; a target status only declared is marked once per table.
 */
@StoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportNotesTest {

    static final List<String> TARGET_HEADER_ZH = List.of("部门", "指标", "目标", "评估结果", "达成情况");
    static final List<String> TARGET_HEADER_EN = List.of("Department", "Metric", "Target", "Result", "Status");

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;

    Path out;
    Rendering rendering;

    /** The demo's editions, rendered once for every report test of this run ({@link DemoEditions}). */
    @BeforeAll
    void render() throws IOException {
        DemoEditions.embeddedPassOnly();
        rendering = DemoEditions.render(workspaces, editions);
        out = DemoEditions.out();
    }

    String pdf(String lang) throws Exception {
        return Poppler.text(out.resolve("report-2024-" + lang + ".pdf"), 0, 0);
    }

    XWPFDocument docx(String lang) throws IOException {
        try (var in = Files.newInputStream(out.resolve("report-2024-" + lang + ".docx"))) {
            return new XWPFDocument(in);
        }
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(XWPFTableCell::getText).map(String::strip).toList();
    }

    /** As pdftotext gives it (NFKC: ¹ is 1, （ is (), without line breaks and, in Chinese, without spaces. */
    static String flat(String text, boolean zh) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return zh ? n.replaceAll("\\s+", "") : n.replaceAll("\\s+", " ");
    }

    static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theQualityTargetsTableHasItsFiveDeclaredColumnsAndADepartmentOnEveryRow() throws Exception {
        for (String lang : List.of("zh", "en")) {
            List<String> header = lang.equals("zh") ? TARGET_HEADER_ZH : TARGET_HEADER_EN;
            try (XWPFDocument d = docx(lang)) {
                XWPFTable quality = d.getTables().stream().filter(t -> cells(t.getRow(0)).equals(header)).findFirst().orElseThrow();
                assertThat(quality.getRows()).as(lang + ": header and the 21 department quality targets").hasSize(22);
                for (XWPFTableRow r : quality.getRows().subList(1, 22)) {
                    List<String> c = cells(r);
                    assertThat(c.get(0)).as(lang + " department of " + c).isNotEmpty();
                    assertThat(String.join(" ", c)).as("no concatenated raw text").doesNotContain("｜").doesNotContain(" | ");
                }
                assertThat(cells(quality.getRow(2))).as(lang).containsExactly(lang.equals("zh")
                        ? List.of("熵基科技（不含基础制造）", "客户严重质量投诉次数", "每月低于10次", "—", "达成*").toArray(String[]::new)
                        : List.of("ZKTeco (excluding basic manufacturing)", "Number of serious quality complaints from customers",
                        "fewer than 10 a month", "—", "Achieved*").toArray(String[]::new));
            }
            // the PDF prints the header row with the five columns in order
            String layout = Poppler.layout(out.resolve("report-2024-" + lang + ".pdf"));
            assertThat(layout).containsPattern(String.join("\\s+", header.stream().map(Pattern::quote).toList()));
            // the environmental targets' results: the actual of a judged target, its number whole on one line
            assertThat(layout).contains("2,181.33").contains("225,454.25");
        }
    }

    @Test
    void aDeclaredOnlyStatusIsExplainedOnceUnderEachTableThatHasOneAndNeverOnARow() throws Exception {
        for (String lang : List.of("zh", "en")) {
            String note = lang.equals("zh") ? "* 据申报，暂无数据核验。" : "* As declared by the Company; no data yet to verify it.";
            String mark = lang.equals("zh") ? "达成*" : "Achieved*";
            try (XWPFDocument d = docx(lang)) {
                int tablesWithMark = 0;
                for (XWPFTable t : d.getTables()) {
                    boolean marked = t.getRows().stream().skip(1).anyMatch(r -> cells(r).stream().anyMatch(c -> c.endsWith("*")));
                    tablesWithMark += marked ? 1 : 0;
                    t.getRows().forEach(r -> assertThat(String.join(" ", cells(r))).doesNotContain("据申报").doesNotContain("as declared"));
                }
                String text = new XWPFWordExtractor(d).getText();
                assertThat(tablesWithMark).as(lang + ": targets tables with a declared-only status").isBetween(3, 7);
                assertThat(count(text, note)).as(lang + ": the note, once per such table").isEqualTo(tablesWithMark);
                assertThat(count(text, mark)).as(lang + ": the marked statuses").isGreaterThan(30);
            }
            String pdf = flat(pdf(lang), lang.equals("zh"));
            assertThat(count(pdf, flat(note, lang.equals("zh")))).as(lang + " PDF").isBetween(3, 7);
            assertThat(pdf).doesNotContain(flat(lang.equals("zh") ? "（据申报，暂无数据核验）" : "(as declared; no data to verify it)", lang.equals("zh")));
        }
    }

    @Test
    void priorYearFiguresTheDataCannotGiveArePrintedAsPublishedNotAsMissing() throws Exception {
        assertThat(rendering.missing()).isEmpty();
        assertThat(pdf("zh")).doesNotContain("【数据缺失】");
        assertThat(pdf("en")).doesNotContain("[data not available]");
        for (String lang : List.of("zh", "en")) {
            boolean zh = lang.equals("zh");
            String asPublished = zh ? "（已发布）" : " (as published)";
            try (XWPFDocument d = docx(lang)) {
                assertThat(row(d, zh ? "研发人员数量占比" : "Proportion of R&D personnel")).as(lang)
                        .containsExactly("29.7" + asPublished + "¹", "29.15²", "31.42");
                assertThat(row(d, zh ? "研发投入占营业收入比例" : "Ratio of R&D investment to operating revenue")).as(lang)
                        .containsExactly("9.80" + asPublished + "¹", "10.84" + asPublished + "²", "10.82");
                String text = new XWPFWordExtractor(d).getText();
                assertThat(text).contains(zh ? "¹ 2022年：系统中没有2022年末员工总数，无法计算，列示《2024年度可持续发展报告》披露的数值29.7%（已发布）。"
                        : "¹ 2022: the system holds no year-end 2022 headcount to compute it from; the figure the 2024 report printed, 29.7%, "
                        + "is shown as published.");
                assertThat(text).contains(zh ? "《2024年度可持续发展报告》披露为29.86%" : "the 2024 report printed 29.86%");
            }
        }
    }

    /** The value cells of the first table row labelled {@code label} (the label and the unit left out). */
    static List<String> row(XWPFDocument d, String label) {
        for (XWPFTable t : d.getTables()) {
            Optional<XWPFTableRow> r = t.getRows().stream().filter(x -> cells(x).get(0).equals(label) && cells(x).size() == 5).findFirst();
            if (r.isPresent()) {
                return new ArrayList<>(cells(r.get()).subList(2, 5));
            }
        }
        throw new AssertionError("no three-year row " + label);
    }

    @Test
    void theTurnoverRatePrintsTheComputedValueWithAFootnoteGivingThePublishedOneAndWhyInBothLanguages() throws Exception {
        String zh = flat(pdf("zh"), true);
        String en = flat(pdf("en"), false);
        assertThat(zh).contains(flat("19.48¹", true)).contains(flat("《2024年度可持续发展报告》披露为30.53%；原报告未说明计算口径，其比率与任何常用基数均不吻合；"
                + "本报告按GRI 401-1以员工名册重新计算（离职人数 ÷（年末人数 + 离职人数）），为19.48%。", true));
        assertThat(en).contains(flat("19.48¹", false)).contains(flat("the 2024 report printed 30.53%; the report states no formula and its rate fits "
                + "no usual base; recomputed from the roster by GRI 401-1 (leavers ÷ (year-end headcount + leavers)), 19.48%.", false));
        // the truncated inspection pass rate too: 102/104 is 98.08%, printed 98.07%
        assertThat(zh).contains(flat("披露为98.07%", true)).contains(flat("为98.08%。", true));
        assertThat(en).contains("printed 98.07%").contains("98.08%.");
    }

    @Test
    void aRiskRegisterTableHasItsSixDeclaredColumns() throws Exception {
        for (String lang : List.of("zh", "en")) {
            List<String> header = lang.equals("zh") ? List.of("类型", "风险/机遇名称", "描述", "财务影响", "影响期间", "应对措施")
                    : List.of("Type", "Risk / opportunity", "Description", "Financial impact", "Impact period", "Countermeasures");
            try (XWPFDocument d = docx(lang)) {
                List<XWPFTable> registers = d.getTables().stream().filter(t -> cells(t.getRow(0)).equals(header)).toList();
                assertThat(registers).as(lang + ": climate, innovation, quality, data security, supply chain").hasSize(5);
                assertThat(registers.get(0).getRows()).hasSizeGreaterThan(3);
                assertThat(cells(registers.get(0).getRow(1)).get(0)).isEqualTo(lang.equals("zh") ? "急性物理风险" : "Acute physical risk");
            }
        }
    }

    @Test
    void aboutTheReportSaysHowManyFiguresAreApprovedDraftOrAsPublishedAsTheDataPackMarksThem() throws Exception {
        int printed = 0;
        int approved = 0;
        int draft = 0;
        int asPublished = 0;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(out.resolve("datapack-2024.csv"))) {
            for (NamedCsvRecord r : csv) {
                if (!"true".equals(r.getField("in_report"))) {
                    continue;
                }
                printed++;
                String status = r.getField("figure_status");
                if (status.equals("approved") || status.equals("locked")) {
                    approved++;
                } else if (!status.isEmpty()) {
                    draft++;
                } else if (r.getField("figure_origin").equals("published")) {
                    asPublished++;
                }
            }
        }
        assertThat(draft).as("the demo prints drafts, which the table must own up to").isPositive();
        for (String lang : List.of("zh", "en")) {
            boolean zh = lang.equals("zh");
            Map<String, String> table = captioned(out.resolve("report-2024-" + lang + ".html"),
                    zh ? "本报告所列数据的状态" : "Standing of the figures in this report");
            assertThat(table).as(lang).containsEntry(zh ? "由已审核数值支撑（其依据的每项存储数值均已复核通过）"
                            : "Backed by approved values (every stored value they rest on reviewed and approved)", String.valueOf(approved))
                    .containsEntry(zh ? "仍依据草稿数值（尚未全部复核）" : "Resting on draft values (not all reviewed yet)", String.valueOf(draft))
                    .containsEntry(zh ? "按以往报告已发布的数值列示（无法由现有数据计算）"
                            : "Printed as an earlier report published them (not computable from the data)", String.valueOf(asPublished))
                    .containsEntry(zh ? "本版列示的数据合计" : "Figures this edition prints", String.valueOf(printed));
            assertThat(flat(pdf(lang), zh)).as(lang + ": the table is printed").contains(flat(zh ? "本报告所列数据的状态" : "Standing of the figures", zh));
        }
    }

    /** The label and count of each row of the HTML table with this caption (the paragraph above it, kept with it). */
    static Map<String, String> captioned(Path html, String caption) throws Exception {
        NodeList divs = ReportReading.parse(html).getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element d = (Element) divs.item(i);
            NodeList paragraphs = d.getElementsByTagName("p");
            if (!"table".equals(d.getAttribute("class")) || paragraphs.getLength() == 0
                    || !paragraphs.item(0).getTextContent().strip().equals(caption)) {
                continue;
            }
            Map<String, String> rows = new LinkedHashMap<>();
            NodeList trs = ((Element) d.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
            for (int r = 0; r < trs.getLength(); r++) {
                NodeList cells = ((Element) trs.item(r)).getElementsByTagName("td");
                rows.put(cells.item(0).getTextContent().strip(), cells.item(cells.getLength() - 1).getTextContent().strip());
            }
            return rows;
        }
        throw new AssertionError("no table captioned " + caption + " in " + html);
    }
}
