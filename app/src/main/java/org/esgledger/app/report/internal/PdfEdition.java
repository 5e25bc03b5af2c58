package org.esgledger.app.report.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.render.PageBox;
import com.openhtmltopdf.render.displaylist.PagedBoxCollector;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.document.Part;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The PDF of an edition: the print XHTML laid out on A4 by openhtmltopdf, with the bundled fonts
 * embedded as subsets (DejaVu Sans, falling back to Droid Sans Fallback for Chinese; bold Chinese,
 * in headings, captions and table headers, in LXGW WenKai Bold: ADR 0019), charts drawn as vectors,
 * chapter bookmarks, running headers and page numbers, and page numbers in the contents and index.
 *
 * <p>Tagged for PDF/UA-1 and archivable as PDF/A-2a (ADR 0027): a structure tree in reading order
 * (headings, paragraphs, tables with their header cells, figures with their alt text, the cover's
 * other-language name with its own language), running headers, page numbers and backgrounds as
 * artifacts; the document's language and title in the catalogue and the XMP metadata, the title
 * shown in the viewer's title bar; the sRGB output intent, every font embedded.
 */
public final class PdfEdition {

    static final byte[] SANS = Resources.bytes("fonts/DejaVuSans.ttf");
    static final byte[] SANS_BOLD = Resources.bytes("fonts/DejaVuSans-Bold.ttf");
    static final byte[] CJK = Resources.bytes("fonts/DroidSansFallbackFull.ttf");
    /** The bold CJK face (the stylesheet names it only where text is bold): {@code docs/adr/0019-report-fonts-and-design.md}. */
    static final byte[] CJK_BOLD = Resources.bytes("fonts/LXGWWenKai-Bold.ttf");
    /** The colours' meaning for PDF/A (its output intent): the JDK's own sRGB profile, so nothing is bundled for it. */
    static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    /** The PDF/A part and level the editions claim and are checked against (ADR 0027). */
    private static final PdfAConformance ARCHIVE = PdfAConformance.PDFA_2_A;

    private PdfEdition() {
    }

    /** Writes the PDF and returns the page each part of the edition begins on, as the layout placed its anchor. */
    public static EditionPages write(Document doc, Path file) {
        PdfLog.install();
        String xhtml = EditionMarkup.print(doc);
        try (OutputStream out = Files.newOutputStream(file)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFastMode();
            b.withProducer("ESG Ledger");
            b.usePdfUaAccessibility(true);
            b.usePdfAConformance(ARCHIVE);
            b.useColorProfile(SRGB);
            b.useSVGDrawer(new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE));
            EnumSet<FSFontUseCase> latin = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
            EnumSet<FSFontUseCase> cjk = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL);
            b.useFont(() -> new ByteArrayInputStream(SANS), "DejaVu Sans", 400, FontStyle.NORMAL, true, latin);
            b.useFont(() -> new ByteArrayInputStream(SANS_BOLD), "DejaVu Sans", 700, FontStyle.NORMAL, true, latin);
            b.useFont(() -> new ByteArrayInputStream(CJK), "Droid Sans Fallback", 400, FontStyle.NORMAL, true, cjk);
            b.useFont(() -> new ByteArrayInputStream(CJK), "Droid Sans Fallback", 700, FontStyle.NORMAL, true, cjk);
            b.useFont(() -> new ByteArrayInputStream(CJK_BOLD), "LXGW WenKai", 700, FontStyle.NORMAL, true, EnumSet.of(FSFontUseCase.DOCUMENT));
            b.withHtmlContent(xhtml, file.getParent().toUri().toString());
            b.toStream(out);
            try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDF();
                return pages(renderer, doc);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The page each part's anchor begins on, and each printed figure's anchor ({@link FigureAnchors}), found as the PDF's
     * bookmarks find theirs (the start of the anchor's content, the page holding it), counted from 1 as the running page
     * numbers are. A figure's pages are kept under the innermost part around it.
     */
    private static EditionPages pages(PdfBoxRenderer renderer, Document doc) {
        Set<String> parts = new HashSet<>();
        doc.parts().forEach(p -> ids(p, parts));
        CssContext c = renderer.getSharedContext().newLayoutContextInstance();
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        Map<String, Integer> byPart = new HashMap<>();
        Map<String, Map<String, SortedSet<Integer>>> byFigure = new HashMap<>();
        renderer.getSharedContext().getIdMap().forEach((id, box) -> {
            int page = PagedBoxCollector.findPageForY(c, PagedBoxCollector.findContentStartY(box), pages) + 1;
            if (parts.contains(id)) {
                byPart.put(id, page);
            } else if (FigureAnchors.isAnchor(id) && box.getElement() != null) {
                byFigure.computeIfAbsent(box.getElement().getAttribute(FigureAnchors.FACT), k -> new HashMap<>())
                        .computeIfAbsent(part(box.getElement(), parts), k -> new TreeSet<>()).add(page);
            }
        });
        return new EditionPages(byPart, byFigure);
    }

    /** The id of the innermost part around an element ("" outside every part, as on the cover). */
    private static String part(Element e, Set<String> parts) {
        for (Node n = e.getParentNode(); n != null; n = n.getParentNode()) {
            if (n instanceof Element p && parts.contains(p.getAttribute("id"))) {
                return p.getAttribute("id");
            }
        }
        return "";
    }

    private static void ids(Part p, Set<String> into) {
        into.add(p.id());
        p.children().forEach(c -> ids(c, into));
    }
}
