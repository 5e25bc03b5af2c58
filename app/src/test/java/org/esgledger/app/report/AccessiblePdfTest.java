package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The PDF editions are accessible and archivable (issue 15, item 7; ADR 0027): veraPDF finds no failed
 * rule of PDF/UA-1 nor of PDF/A-2a in either demo edition, and the tags say what the reader needs,
 * read back with PDFBox: the headings in the order of the bookmarks, each table's header cells, each
 * chart's and picture's alt text (the same words the HTML edition gives), the other language's span,
 * the document's language and title, the archive's claim and colour profile, every font embedded.
 * Reads the rendered files only: runs in CI's embedded pass ({@link DemoEditions#embeddedPassOnly()}).
 */
@StoreTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessiblePdfTest {

    /** The PDF/A part and level the editions claim (PdfEdition's ARCHIVE). */
    static final PDFAFlavour ARCHIVE = PDFAFlavour.PDFA_2_A;

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;

    @BeforeAll
    void render() throws IOException {
        DemoEditions.render(workspaces, editions);
    }

    static Path file(String lang, String ext) {
        return DemoEditions.out().resolve("report-2024-" + lang + "." + ext);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void veraPdfFindsNoFailedRuleOfPdfUa1NorOfPdfA(String lang) throws Exception {
        DemoEditions.embeddedPassOnly();
        for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, ARCHIVE)) {
            List<String> failed = VeraPdf.failedRules(file(lang, "pdf"), flavour);
            assertThat(failed).as("veraPDF, %s edition, %s: failed rules (rule, count, description, first place)%n%s", lang, flavour,
                    String.join("\n", failed)).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theCatalogueDeclaresTagsLanguageTitleArchiveAndColours(String lang) throws Exception {
        DemoEditions.embeddedPassOnly();
        String title = ReportReading.parse(file(lang, "html")).getElementsByTagName("title").item(0).getTextContent();
        try (PDDocument pdf = Loader.loadPDF(file(lang, "pdf").toFile())) {
            PDDocumentCatalog catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).as("MarkInfo /Marked").isTrue();
            assertThat(catalog.getStructureTreeRoot()).as("StructTreeRoot").isNotNull();
            assertThat(catalog.getLanguage()).isEqualTo(lang.equals("zh") ? "zh-CN" : "en");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).as("DisplayDocTitle").isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(title);

            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            XMPMetadata xmp = parser.parse(catalog.getMetadata().exportXMPMetadata());
            assertThat(xmp.getDublinCoreSchema().getTitle()).as("dc:title").isEqualTo(title);
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).as("pdfaid:part").isEqualTo(ARCHIVE.getPart().getPartNumber());
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).as("pdfaid:conformance")
                    .isEqualToIgnoringCase(ARCHIVE.getLevel().getCode());

            List<PDOutputIntent> intents = catalog.getOutputIntents();
            assertThat(intents).hasSize(1);
            assertThat(intents.get(0).getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.getPDFName("GTS_PDFA1"));
            assertThat(intents.get(0).getOutputConditionIdentifier()).contains("sRGB");
            assertThat(intents.get(0).getDestOutputIntent().getInt(COSName.N)).as("an RGB profile").isEqualTo(3);

            assertThat(TagTree.unembeddedFonts(pdf)).as("fonts not embedded").isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void theTagsHoldHeadingsInBookmarkOrderTablesWithHeaderCellsFiguresWithAltTextAndTheOtherLanguage(String lang) throws Exception {
        DemoEditions.embeddedPassOnly();
        Document html = ReportReading.parse(file(lang, "html"));
        try (PDDocument pdf = Loader.loadPDF(file(lang, "pdf").toFile())) {
            List<TagTree.Node> roots = TagTree.read(pdf);
            assertThat(roots).extracting(TagTree.Node::type).containsExactly("Document");
            TagTree.Node document = roots.get(0);

            // the cover's title, then the chapters and sections in the order of the bookmarks; no level skipped
            List<TagTree.Node> headings = document.all().filter(TagTree.Node::heading).toList();
            List<String> expected = new ArrayList<>();
            expected.add(squeeze(html.getElementsByTagName("title").item(0).getTextContent()));
            for (PDOutlineItem chapter : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline(chapter, expected);
            }
            assertThat(headings.stream().filter(h -> h.level() <= 2).map(TagTree.Node::text).toList()).isEqualTo(expected);
            for (int i = 1; i < headings.size(); i++) {
                assertThat(headings.get(i).level()).as("after " + headings.get(i - 1)).isLessThanOrEqualTo(headings.get(i - 1).level() + 1);
            }

            // each table: a header row of TH cells with the HTML's header words, then rows of TD cells
            List<TagTree.Node> tables = document.all().filter(n -> n.type().equals("Table")).toList();
            NodeList htmlTables = html.getElementsByTagName("table");
            assertThat(tables).hasSize(htmlTables.getLength());
            for (int t = 0; t < tables.size(); t++) {
                List<TagTree.Node> rows = tables.get(t).all().filter(n -> n.type().equals("TR")).toList();
                assertThat(rows).hasSizeGreaterThan(1);
                List<TagTree.Node> th = rows.get(0).kids();
                List<String> header = texts(((Element) htmlTables.item(t)).getElementsByTagName("th"));
                assertThat(th).extracting(TagTree.Node::type).as("table " + (t + 1)).containsOnly("TH").hasSize(header.size());
                for (int c = 0; c < header.size(); c++) {
                    // openhtmltopdf 1.1.65 tags a header row repeated on a continuation page into the same TH, not as an
                    // artifact (ADR 0027): a TH's text is its header's words once per page the table spans
                    assertThat(once(th.get(c).text(), header.get(c))).as("table %d, header cell %d", t + 1, c + 1).isTrue();
                }
                for (TagTree.Node row : rows.subList(1, rows.size())) {
                    assertThat(row.kids()).extracting(TagTree.Node::type).as("table " + (t + 1)).containsOnly("TD");
                }
            }

            // every figure has alt text; every chart's description and every picture's alt in the HTML edition is one
            List<TagTree.Node> figures = document.all().filter(n -> n.type().equals("Figure")).toList();
            assertThat(figures).isNotEmpty().allSatisfy(f -> assertThat(f.alt()).as("Figure /Alt").isNotBlank());
            Set<String> alts = new TreeSet<>(figures.stream().map(f -> squeeze(f.alt())).toList());
            assertThat(alts).containsAll(texts(html.getElementsByTagName("desc")));
            List<String> imageAlts = new ArrayList<>();
            NodeList imgs = html.getElementsByTagName("img");
            for (int i = 0; i < imgs.getLength(); i++) {
                imageAlts.add(squeeze(((Element) imgs.item(i)).getAttribute("alt")));
            }
            assertThat(alts).containsAll(imageAlts);

            // the cover's name in the other language is a span of that language
            String other = lang.equals("zh") ? "en" : "zh";
            String otherName = squeeze(classed(ReportReading.parse(file(other, "html")), "cover-name"));
            assertThat(document.all().filter(n -> n.lang() != null && n.lang().equals(lang.equals("zh") ? "en" : "zh-CN")))
                    .extracting(TagTree.Node::text).contains(otherName);
        }
    }

    /** Whether {@code text} is {@code word}'s characters, n ≥ 1 times over (the lines of repeated headers may interleave). */
    private static boolean once(String text, String word) {
        if (word.isEmpty() || text.length() < word.length() || text.length() % word.length() != 0) {
            return text.equals(word);
        }
        return sorted(text).equals(sorted(word.repeat(text.length() / word.length())));
    }

    private static String sorted(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static void outline(PDOutlineItem item, List<String> titles) {
        titles.add(squeeze(item.getTitle()));
        for (PDOutlineItem child : item.children()) {
            outline(child, titles);
        }
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(squeeze(nodes.item(i).getTextContent()));
        }
        return texts;
    }

    private static String classed(Document html, String css) {
        NodeList ps = html.getElementsByTagName("p");
        for (int i = 0; i < ps.getLength(); i++) {
            if (((Element) ps.item(i)).getAttribute("class").equals(css)) {
                return ps.item(i).getTextContent();
            }
        }
        throw new AssertionError("no p." + css);
    }

    /** Text without whitespace, as {@link TagTree} reads it back. */
    static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}
