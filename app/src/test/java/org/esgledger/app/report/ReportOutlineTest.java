package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The demo read against the seed report's outline (issue 15, item 1): every chapter and section of
 * the outline, and every part its rows name, has its heading and its narrative in both editions, and
 * each edition holds at least 60 % of the seed edition's amount of text; and no table prints the
 * same rows twice.
 *
 * <p>The structure (which section a paragraph belongs to, what is prose and what a table) is read
 * from the HTML edition, rendered from the same markup as the PDF; what a reader sees is checked in
 * the PDF's text (pdftotext): every heading and label, the start of every paragraph counted as
 * narrative, and the amount of text.
 */
@StoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportOutlineTest {

    static final int ZH_PARAGRAPH = 40;
    static final int EN_PARAGRAPH = 25;

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;

    Path out;
    SeedOutline seed;

    @BeforeAll
    void render() throws IOException {
        DemoEditions.render(workspaces, editions);
        out = DemoEditions.out();
        seed = SeedOutline.read();
    }

    @Test
    void everySectionOfTheOutlineIsMappedToATemplateSectionAndEveryPartToOneItsRowNames() {
        assertThat(seed.sections()).as("the outline's sections").hasSizeGreaterThan(40).containsKeys("研发创新实践", "报告前言",
                "02 绿色运营 守护生态未来", "民主管理和沟通", "读者反馈");
        for (String section : seed.sections().keySet()) {
            assertThat(seed.lines()).as("a line for " + section).anySatisfy(l -> {
                assertThat(l.outline()).isEqualTo(section);
                assertThat(l.part()).isEmpty();
            });
        }
        for (SeedOutline.Line l : seed.lines()) {
            assertThat(seed.sections()).as(l + ": a section of the outline").containsKey(l.outline());
            assertThat(seed.sections().get(l.outline())).as(l + ": a part the outline's row names").contains(l.part());
        }
    }

    @Test
    void everySectionOfTheOutlineHasItsHeadingAndNarrativeInBothEditions() throws Exception {
        for (String lang : List.of("zh", "en")) {
            String pdf = flat(pdfText(lang));
            Map<String, Element> sections = sections(out.resolve("report-2024-" + lang + ".html"));
            List<String> missing = new ArrayList<>();
            for (SeedOutline.Line l : seed.lines()) {
                Element section = sections.get(l.section());
                if (section == null) {
                    missing.add(l + ": no such section in the " + lang + " edition");
                    continue;
                }
                String label = l.label(lang).isEmpty() ? heading(section) : l.label(lang);
                if (!flat(section.getTextContent()).contains(flat(label)) || !pdf.contains(flat(label))) {
                    missing.add(l + ": " + lang + " does not print '" + label + "' there");
                }
                if (l.prose() && narrative(section, lang).stream().noneMatch(p -> pdf.contains(start(p)))) {
                    missing.add(l + ": no paragraph of narrative in " + lang + " (" + (lang.equals("zh") ? ZH_PARAGRAPH + " CJK characters"
                            : EN_PARAGRAPH + " words") + " at least) printed in the PDF");
                }
            }
            assertThat(missing).as("the seed report's outline in the " + lang + " edition").isEmpty();
        }
    }

    @Test
    void eachEditionHoldsAtLeastSixtyPercentOfTheSeedEditionsText() throws Exception {
        for (String lang : List.of("zh", "en")) {
            int seedAmount = Integer.parseInt(seed.amounts().getProperty(lang.equals("zh") ? "zh.cjk" : "en.words"));
            int amount = SeedOutline.amount(pdfText(lang), lang);
            assertThat(seedAmount).isGreaterThan(20_000);
            assertThat(amount * 100L).as(lang + ": " + amount + " of the seed's " + seedAmount + (lang.equals("zh") ? " CJK characters" : " words"))
                    .isGreaterThanOrEqualTo(seedAmount * 60L);
        }
    }

    @Test
    void noTablePrintsTheSameRowsTwice() throws Exception {
        for (String lang : List.of("zh", "en")) {
            List<ReportTableRows.Table> tables = ReportTableRows.of(out.resolve("report-2024-" + lang + ".html"));
            assertThat(tables).hasSizeGreaterThan(40);
            assertThat(ReportTableRows.repeated(tables)).as(lang + ": rows printed more than once").isEmpty();
            assertThat(ReportTableRows.targetsElsewhere(tables, lang)).as(lang + ": targets printed again in another table").isEmpty();
        }
    }

    String pdfText(String lang) throws IOException, InterruptedException {
        return Poppler.run(List.of("pdftotext", "-enc", "UTF-8", out.resolve("report-2024-" + lang + ".pdf").toString(), "-"));
    }

    /** Text compared as printed: compatibility forms folded (the note marker ¹ is 1), whitespace dropped (lines break anywhere). */
    static String flat(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    /** Where a paragraph starts, enough of it to find it in a PDF's text. */
    static String start(String paragraph) {
        String f = flat(paragraph);
        return f.substring(0, Math.min(24, f.length()));
    }

    /** The paragraphs and list items of running text in a section (its sub-sections and cases included) long enough to count as narrative. */
    static List<String> narrative(Element section, String lang) {
        List<String> paragraphs = new ArrayList<>();
        NodeList divs = section.getElementsByTagName("div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element div = (Element) divs.item(i);
            if (!div.getAttribute("class").equals("prose")) {
                continue;
            }
            for (String tag : List.of("p", "li")) {
                NodeList ps = div.getElementsByTagName(tag);
                for (int k = 0; k < ps.getLength(); k++) {
                    String text = ps.item(k).getTextContent();
                    if (SeedOutline.amount(text, lang) >= (lang.equals("zh") ? ZH_PARAGRAPH : EN_PARAGRAPH)) {
                        paragraphs.add(text);
                    }
                }
            }
        }
        return paragraphs;
    }

    static String heading(Element section) {
        for (Node n = section.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                if (e.getTagName().matches("h[1-3]")) {
                    return e.getTextContent();
                }
                if (e.getAttribute("class").equals("opener")) {
                    return e.getElementsByTagName("h1").item(0).getTextContent();
                }
            }
        }
        throw new IllegalStateException("section " + section.getAttribute("id") + " has no heading");
    }

    static Map<String, Element> sections(Path html) throws Exception {
        Map<String, Element> sections = new LinkedHashMap<>();
        NodeList all = ReportReading.parse(html).getElementsByTagName("section");
        for (int i = 0; i < all.getLength(); i++) {
            Element s = (Element) all.item(i);
            if (!s.getAttribute("id").isEmpty()) {
                sections.put(s.getAttribute("id"), s);
            }
        }
        return sections;
    }
}
