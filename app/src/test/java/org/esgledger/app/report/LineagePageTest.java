package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The auditor's story (issue 15, item 8): the lineage page of the demo's 2024 render read as an auditor reads it, the HTML
 * parsed: its sections in the order the PDFs print them, on the pages their bookmarks give; each figure on the pages of
 * the PDFs whose text shows it (pdftotext, page by page), not only its section's first page; its reconciliation counts
 * against the same counts taken from the data pack alone; drafts flagged; the findings listed; nothing computed lost.
 */
@StoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LineagePageTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;

    Document lineage;
    /** The data pack's CSV rows by fact id (the audit chain's head row left out). */
    Map<String, NamedCsvRecord> pack = new LinkedHashMap<>();

    @BeforeAll
    void render() throws Exception {
        DemoEditions.render(workspaces, editions);
        lineage = ReportReading.parse(DemoEditions.out().resolve("lineage-2024.html"));
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().detectBomHeader(true).ofNamedCsvRecord(DemoEditions.out().resolve("datapack-2024.csv"))) {
            csv.forEach(r -> {
                if (!r.getField("fact_id").equals("audit_chain_head")) {
                    pack.put(r.getField("fact_id"), r);
                }
            });
        }
    }

    @Test
    void theSectionsFollowThePdfsOrderAndBeginOnThePagesTheirBookmarksGive() throws Exception {
        List<Element> places = byClass("div", "place");
        assertThat(places).hasSizeGreaterThan(30);
        for (String lang : List.of("zh", "en")) {
            Map<String, Integer> bookmarks = ReportReading.bookmarks(DemoEditions.out().resolve("report-2024-" + lang + ".pdf"));
            List<String> partsInPrint = partIds(ReportReading.parse(DemoEditions.out().resolve("report-2024-" + lang + ".html")));
            int last = 0;
            int checked = 0;
            int before = -1;
            for (Element place : places) {
                int page = Integer.parseInt(place.getAttribute("data-page-" + lang));
                assertThat(page).as(lang + " page of " + place.getAttribute("data-part")).isGreaterThanOrEqualTo(last);
                last = page;
                int at = partsInPrint.indexOf(place.getAttribute("data-part"));
                assertThat(at).as("the lineage's sections in the order the edition prints them: " + place.getAttribute("data-part"))
                        .isGreaterThan(before);
                before = at;
                String heading = span(place, lang.equals("zh") ? "zh-CN" : "en");
                String own = heading.substring(heading.lastIndexOf(" › ") < 0 ? 0 : heading.lastIndexOf(" › ") + 3);
                if (bookmarks.containsKey(own)) {
                    assertThat(page).as(lang + " page of " + own + " against the PDF's bookmark").isEqualTo(bookmarks.get(own));
                    checked++;
                }
            }
            assertThat(checked).as(lang + " sections checked against bookmarks (chapters and sections; sub-sections have none)").isGreaterThanOrEqualTo(5);
        }
    }

    /**
     * A figure's pages are the pages that print it: for every figure the HTML edition prints (a link to its lineage, in
     * running text, a table or a key-figure tile), each page the lineage page gives for it shows its printed text on that
     * page of the PDF, except the first page of a section printing it only in a chart (no anchor: ADR 0028); and figures
     * further down long sections get later pages than their section's first.
     */
    @Test
    void eachFigureIsOnThePagesTheLineagePageGivesNotOnlyItsSectionsFirstPage() throws Exception {
        DemoEditions.embeddedPassOnly();
        Map<String, Element> entries = new HashMap<>();
        byTag("section").forEach(e -> entries.put(e.getAttribute("id"), e));
        for (String lang : List.of("zh", "en")) {
            String all = Poppler.text(DemoEditions.out().resolve("report-2024-" + lang + ".pdf"), 0, 0);
            List<String> pageTexts = Arrays.stream(all.split("\f", -1)).map(LineagePageTest::squeezed).toList();
            Map<String, Integer> starts = new HashMap<>();
            byClass("div", "place").forEach(p -> starts.put(p.getAttribute("data-part"), p.getAttribute("data-page-" + lang).isEmpty()
                    ? 0 : Integer.parseInt(p.getAttribute("data-page-" + lang))));
            Map<String, Set<String>> texts = new HashMap<>();
            Map<String, Set<String>> anchoredIn = new HashMap<>();
            printedFigures(ReportReading.parse(DemoEditions.out().resolve("report-2024-" + lang + ".html")), texts, anchoredIn);
            assertThat(texts).as(lang + " figures printed").hasSizeGreaterThan(200);
            int checked = 0;
            int later = 0;
            for (Map.Entry<String, Set<String>> figure : texts.entrySet()) {
                String id = figure.getKey();
                TreeSet<Integer> pages = figurePages(entries.get(id), lang);
                assertThat(pages).as(lang + " pages of " + id).isNotEmpty();
                Set<Integer> chartOnly = new HashSet<>();
                Arrays.stream(pack.get(id).getField("report_sections").split(";")).filter(part -> !anchoredIn.get(id).contains(part))
                        .forEach(part -> chartOnly.add(starts.getOrDefault(part, 0)));
                for (int page : pages) {
                    if (!chartOnly.contains(page)) {
                        String text = pageTexts.get(page - 1);
                        assertThat(figure.getValue()).as(lang + " " + id + " printed on page " + page + " (the lineage page's)")
                                .anyMatch(t -> shows(text, t));
                        checked++;
                    }
                }
                int first = anchoredIn.get(id).stream().mapToInt(part -> starts.getOrDefault(part, 0)).max().orElse(0);
                if (first > 0 && pages.stream().anyMatch(page -> page > first && !chartOnly.contains(page))) {
                    later++;
                }
            }
            System.out.printf("%s: %d figures, %d figure pages checked against the PDF's text, %d on a page after their section's first%n",
                    lang, texts.size(), checked, later);
            assertThat(checked).as(lang + " pages checked").isGreaterThan(200);
            assertThat(later).as(lang + " figures printed past their section's first page").isGreaterThanOrEqualTo(10);
        }
    }

    /** Fact id → the texts an HTML edition prints for it (a key figure's number), and the innermost parts printing it. */
    private static void printedFigures(Document edition, Map<String, Set<String>> texts, Map<String, Set<String>> anchoredIn) {
        NodeList links = edition.getElementsByTagName("a");
        for (int i = 0; i < links.getLength(); i++) {
            Element a = (Element) links.item(i);
            String href = a.getAttribute("href");
            if (!a.getAttribute("class").equals("fig") || !href.contains("#")) {
                continue;
            }
            String id = href.substring(href.indexOf('#') + 1);
            Element number = firstByClass(a, "span", "kf-number");
            String text = Normalizer.normalize((number != null ? number : a).getTextContent(), Normalizer.Form.NFKC).strip();
            if (!text.isEmpty()) {
                texts.computeIfAbsent(id, k -> new HashSet<>()).add(text);
                anchoredIn.computeIfAbsent(id, k -> new HashSet<>()).add(part(a));
            }
        }
    }

    private static String part(Element e) {
        for (Node n = e.getParentNode(); n instanceof Element p; n = n.getParentNode()) {
            if (p.getTagName().equals("section") && p.getAttribute("class").startsWith("part")) {
                return p.getAttribute("id");
            }
        }
        return "";
    }

    /** The pages the lineage page gives a figure in one language's PDF. */
    private static TreeSet<Integer> figurePages(Element entry, String lang) {
        TreeSet<Integer> pages = new TreeSet<>();
        Element p = entry == null ? null : firstByClass(entry, "p", "figure-pages");
        if (p != null && !p.getAttribute("data-" + lang).isBlank()) {
            Arrays.stream(p.getAttribute("data-" + lang).trim().split(" ")).forEach(n -> pages.add(Integer.parseInt(n)));
        }
        return pages;
    }

    /**
     * Whether a page's text (squeezed) shows a figure's printed text: whole, or each of its words (a table cell's figure
     * wrapped over two lines may be read out with its neighbour's lines in between).
     */
    private static boolean shows(String page, String figure) {
        return page.contains(squeezed(figure)) || Arrays.stream(figure.split("[\\s\\u00A0\\u2009\\u202F]+"))
                .allMatch(word -> page.contains(squeezed(word)));
    }

    /** NFKC without any white space, so a figure wrapped over two lines or set with a narrow space reads as one string. */
    private static String squeezed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\u00A0\\u2009\\u202F]+", "");
    }

    @Test
    void theReconciliationCountsAreThoseOfTheDataPack() {
        List<NamedCsvRecord> printed = pack.values().stream().filter(r -> r.getField("in_report").equals("true")).toList();
        assertThat(count("printed")).isEqualTo(printed.size()).isGreaterThan(300);
        for (String origin : List.of("computed", "imported", "entered", "published")) {
            assertThat(count(origin)).as(origin).isEqualTo(printed.stream().filter(r -> r.getField("figure_origin").equals(origin)).count());
        }
        assertThat(count("computed") + count("imported") + count("entered") + count("published")).isEqualTo(count("printed"));
        assertThat(count("draft")).isEqualTo(printed.stream().filter(r -> Set.of("draft", "submitted", "rejected")
                .contains(r.getField("figure_status"))).count()).isPositive();
        assertThat(count("differs")).isEqualTo(printed.stream().filter(r -> r.getField("differs_from_published").equals("true")).count())
                .isPositive();
        assertThat(count("published")).as("the demo's printed figures taken from its 2024 report").isPositive();
        assertThat(printed).allSatisfy(r -> assertThat(r.getField("report_pages_zh") + "|" + r.getField("report_pages_en"))
                .as(r.getField("fact_id")).matches("[0-9]+(;[0-9]+)*\\|[0-9]+(;[0-9]+)*"));
    }

    @Test
    void draftFiguresAreFlaggedAndEveryFigureStandsAsTheDataPackSays() {
        int flagged = 0;
        Set<String> seen = new HashSet<>();
        for (Element section : byTag("section")) {
            String id = section.getAttribute("id");
            Element standing = firstByClass(section, "p", "standing");
            NamedCsvRecord r = pack.get(id);
            if (standing == null || r == null) {
                continue;
            }
            seen.add(id);
            assertThat(standing.getAttribute("data-status")).as(id).isEqualTo(r.getField("figure_status"));
            assertThat(standing.getAttribute("data-origin")).as(id).isEqualTo(r.getField("figure_origin"));
            boolean draft = Set.of("draft", "submitted", "rejected").contains(r.getField("figure_status"));
            assertThat(standing.getAttribute("class")).as(id).isEqualTo(draft ? "standing draft" : "standing");
            NodeList strong = standing.getElementsByTagName("strong");
            boolean flag = strong.getLength() > 0 && ((Element) strong.item(0)).getAttribute("class").equals("draft-flag");
            assertThat(flag).as(id + " flagged").isEqualTo(draft);
            if (flag) {
                assertThat(strong.item(0).getTextContent()).isEqualTo("草稿 / DRAFT");
                if (r.getField("in_report").equals("true")) {
                    flagged++;
                }
            }
        }
        assertThat(seen).as("every figure of the data pack has its entry").containsAll(pack.keySet());
        assertThat(flagged).isEqualTo(count("draft"));
    }

    @Test
    void theFindingsAreListedWithTheirMessagesAndNothingComputedIsLost() {
        List<Element> findings = byClass("li", "finding");
        assertThat(findings).hasSize((int) count("findings")).isNotEmpty();
        assertThat(findings).allSatisfy(li -> assertThat(li.getTextContent()).matches(".+ \\[(info|low|medium|high)] .+: .*\\p{IsHan}.* / .*[a-z].*"));
        Set<String> rules = new HashSet<>();
        findings.forEach(li -> rules.add(li.getAttribute("data-severity") + ":" + li.getAttribute("data-rule")));
        Set<String> inPack = new HashSet<>();
        pack.values().stream().filter(r -> r.getField("in_report").equals("true") && r.getField("period").matches("2024.*|.*\\.\\.2024"))
                .forEach(r -> inPack.addAll(List.of(r.getField("findings").split(";"))));
        inPack.remove("");
        assertThat(rules).as("the findings the data pack holds about the year's printed figures").isEqualTo(inPack);

        Element appendix = byClass("div", "appendix").get(0);
        Set<String> inAppendix = new HashSet<>();
        NodeList sections = appendix.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            inAppendix.add(((Element) sections.item(i)).getAttribute("id"));
        }
        pack.values().forEach(r -> assertThat(inAppendix.contains(r.getField("fact_id"))).as("in the appendix: " + r.getField("fact_id"))
                .isEqualTo(r.getField("in_report").equals("false")));
    }

    private long count(String what) {
        Element row = null;
        for (Element tr : byTag("tr")) {
            if (tr.getAttribute("id").equals("count-" + what)) {
                row = tr;
            }
        }
        assertThat(row).as("summary row " + what).isNotNull();
        return Long.parseLong(row.getElementsByTagName("td").item(0).getTextContent());
    }

    private static String span(Element place, String lang) {
        NodeList spans = ((Element) place.getElementsByTagName("h2").item(0)).getElementsByTagName("span");
        for (int i = 0; i < spans.getLength(); i++) {
            if (((Element) spans.item(i)).getAttribute("lang").equals(lang)) {
                return spans.item(i).getTextContent();
            }
        }
        throw new AssertionError("no " + lang + " heading");
    }

    /** The ids of an HTML edition's parts, in print order. */
    private static List<String> partIds(Document edition) {
        List<String> ids = new ArrayList<>();
        NodeList sections = edition.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            Element s = (Element) sections.item(i);
            if (s.getAttribute("class").startsWith("part")) {
                ids.add(s.getAttribute("id"));
            }
        }
        return ids;
    }

    private List<Element> byTag(String tag) {
        List<Element> out = new ArrayList<>();
        NodeList nodes = lineage.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private List<Element> byClass(String tag, String css) {
        return byTag(tag).stream().filter(e -> e.getAttribute("class").equals(css)).toList();
    }

    private static Element firstByClass(Element in, String tag, String css) {
        NodeList nodes = in.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (e.getAttribute("class").startsWith(css)) {
                return e;
            }
        }
        return null;
    }
}
