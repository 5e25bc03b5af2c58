package org.esgledger.app.report.internal;

import java.math.BigInteger;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Document;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The DOCX's designed pages (ADR 0019): a cover with the organisation's names in both languages,
 * its stock code, the report's year, title and period, on a page of its own with no header or
 * footer; each chapter a section of its own, whose header names the report and the chapter and
 * whose footer holds the page number (a PAGE field).
 */
final class DocxPages {

    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    /**
     * The PDF's margins (print.css: 20 mm top, 18 mm sides, 22 mm bottom), so that the DOCX has the PDF's text width,
     * {@link DocxStyles#TEXT_WIDTH_TWIPS}, which the tables' column widths are measured for ({@link ColumnWidths}).
     */
    private static final int TOP = 1134;
    private static final int SIDE = 1020;
    private static final int BOTTOM = 1247;

    private DocxPages() {
    }

    static void cover(XWPFDocument docx, Document doc) {
        CoverPage cover = CoverPage.of(doc);
        if (cover.logo() != null) {
            TemplatePictures.docx(docx, new Block.Image(cover.logo(), "", cover.name()), 0);
        }
        XWPFParagraph name = line(docx, cover.name(), 22, true, DocxEdition.ACCENT);
        name.setSpacingBefore(cover.logo() == null ? 3600 : 1200);
        if (!cover.otherName().isEmpty()) {
            line(docx, cover.otherName(), 12, false, "555555");
        }
        if (!cover.stockCode().isEmpty()) {
            line(docx, cover.stockCode(), 11, false, "555555");
        }
        line(docx, cover.year(), 40, true, "99C24D").setSpacingBefore(2400);
        XWPFParagraph title = docx.createParagraph();
        title.setStyle("Title");
        DocxEdition.run(title, cover.title());
        XWPFParagraph period = line(docx, cover.period(), 11, false, "555555");
        period.createRun().addBreak(BreakType.PAGE);
        // the contents follow on the next page, in the cover's section
    }

    private static XWPFParagraph line(XWPFDocument docx, String text, int points, boolean bold, String colour) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        XWPFRun r = DocxEdition.run(p, text);
        r.setFontSize(points);
        r.setBold(bold);
        r.setColor(colour);
        return p;
    }

    /**
     * Ends a section of the DOCX: the cover and contents, or a chapter. Each section has its own
     * header, naming the report and that chapter in plain text (a STYLEREF field would do in Word,
     * but LibreOffice before 24.2 leaves it empty), and the footer's PAGE field; the next section
     * starts on a new page. The cover's section shows no header or footer on its first page.
     */
    static void endSection(XWPFDocument docx, Document doc, String chapter, boolean cover) {
        XWPFParagraph p = docx.createParagraph();
        CTPPr pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        headerAndFooter(docx, pPr.addNewSectPr(), doc, chapter, cover);
    }

    /** The last section's (the document's own) header and footer. */
    static void lastSection(XWPFDocument docx, Document doc, String chapter, boolean cover) {
        CTBody body = docx.getDocument().getBody();
        headerAndFooter(docx, body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(), doc, chapter, cover);
    }

    private static void headerAndFooter(XWPFDocument docx, CTSectPr section, Document doc, String chapter, boolean cover) {
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(TOP));
        margins.setBottom(BigInteger.valueOf(BOTTOM));
        margins.setLeft(BigInteger.valueOf(SIDE));
        margins.setRight(BigInteger.valueOf(SIDE));
        margins.setHeader(BigInteger.valueOf(708));
        margins.setFooter(BigInteger.valueOf(708));
        XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(docx, section);
        if (cover) {
            section.addNewTitlePg();
            policy.createHeader(XWPFHeaderFooterPolicy.FIRST);
            policy.createFooter(XWPFHeaderFooterPolicy.FIRST);
        }
        XWPFHeader header = policy.createHeader(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph h = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
        h.getCTP().addNewPPr().addNewTabs().addNewTab().setVal(STTabJc.RIGHT);
        h.getCTP().getPPr().getTabs().getTabArray(0).setPos(BigInteger.valueOf(DocxStyles.TEXT_WIDTH_TWIPS));
        small(DocxEdition.run(h, doc.title()), "666666");
        h.createRun().addTab();
        small(DocxEdition.run(h, chapter), DocxEdition.ACCENT);
        XWPFFooter footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        XWPFParagraph f = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        f.setAlignment(ParagraphAlignment.CENTER);
        DocxStyles.field(f, "PAGE", "1");
    }

    private static void small(XWPFRun r, String colour) {
        r.setFontSize(8);
        r.setColor(colour);
    }
}
