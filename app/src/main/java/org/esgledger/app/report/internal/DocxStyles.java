package org.esgledger.app.report.internal;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.esgledger.engine.report.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;

/**
 * The DOCX's styles and fields: Latin text in Arial and Chinese in Microsoft YaHei (微软雅黑, the
 * usual face of Chinese annual reports; Word, WPS and LibreOffice substitute when it is missing),
 * headings with outline levels and Chinese in LXGW WenKai (the PDF's bold face), a caption and a
 * table style, fields (page numbers), bookmarks on headings and PAGEREF fields to them.
 */
final class DocxStyles {

    static final String LATIN = "Arial";
    static final String EAST_ASIAN = "Microsoft YaHei";
    /** Headings and the title: the PDF's bold CJK face (ADR 0019); where it is not installed, Word and LibreOffice substitute. */
    static final String HEADING_EAST_ASIAN = "LXGW WenKai";

    private DocxStyles() {
    }

    static void install(XWPFDocument docx, Language language) {
        XWPFStyles styles = docx.createStyles();
        CTRPr defaults = CTRPr.Factory.newInstance();
        fonts(defaults.addNewRFonts());
        defaults.addNewSz().setVal(BigInteger.valueOf(20));
        defaults.addNewSzCs().setVal(BigInteger.valueOf(20));
        CTLanguage lang = defaults.addNewLang();
        lang.setVal(language == Language.ZH ? "zh-CN" : "en-GB");
        lang.setEastAsia("zh-CN");
        styles.setDefaultFonts(defaults.getRFontsArray(0));
        styles.setSpellingLanguage(language == Language.ZH ? "zh-CN" : "en-GB");
        styles.setEastAsia("zh-CN");
        paragraph(styles, "Normal", "Normal", null, 20, false, "222222", -1);
        paragraph(styles, "Title", "Title", "Normal", 44, true, DocxEdition.ACCENT, -1);
        paragraph(styles, "Heading1", "heading 1", "Normal", 34, true, DocxEdition.ACCENT, 0);
        paragraph(styles, "Heading2", "heading 2", "Normal", 26, true, DocxEdition.ACCENT, 1);
        paragraph(styles, "Heading3", "heading 3", "Normal", 22, true, DocxEdition.ACCENT, 2);
        paragraph(styles, "Caption", "caption", "Normal", 18, false, "444444", -1);
    }

    private static void fonts(CTFonts f) {
        f.setAscii(LATIN);
        f.setHAnsi(LATIN);
        f.setCs(LATIN);
        f.setEastAsia(EAST_ASIAN);
    }

    private static void paragraph(XWPFStyles styles, String id, String name, String basedOn, int halfPoints, boolean bold, String colour, int outline) {
        CTStyle s = CTStyle.Factory.newInstance();
        s.setStyleId(id);
        s.setType(STStyleType.PARAGRAPH);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        if (outline >= 0) {
            s.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
            s.getPPr().addNewKeepNext();
            s.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        CTRPr r = s.addNewRPr();
        fonts(r.addNewRFonts());
        if (outline >= 0 || id.equals("Title")) {
            r.getRFontsArray(0).setEastAsia(HEADING_EAST_ASIAN);
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            r.addNewB();
        }
        r.addNewColor().setVal(colour);
        styles.addStyle(new XWPFStyle(s, styles));
    }

    /** Thin grey borders on a table (set on the table: a table style needs schema types POI's lite jar leaves out). */
    static void borders(XWPFTable table) {
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C9D6DC");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C9D6DC");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C9D6DC");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C9D6DC");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C9D6DC");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "C9D6DC");
    }

    /** The text width of the A4 page, 174 mm as in the PDF ({@link ColumnWidths#TABLE_WIDTH}), in twentieths of a point. */
    static final int TEXT_WIDTH_TWIPS = 9866;

    /** Column widths (tenths of a percent of the text width) written to the table grid and to every cell, as Word and LibreOffice read them. */
    static void columns(XWPFTable table, List<Integer> permille) {
        var grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int p : permille) {
            grid.addNewGridCol().setW(BigInteger.valueOf((long) TEXT_WIDTH_TWIPS * p / 1000));
        }
        for (var row : table.getRows()) {
            for (int c = 0; c < permille.size() && c < row.getTableCells().size(); c++) {
                row.getCell(c).setWidth(String.valueOf(TEXT_WIDTH_TWIPS * permille.get(c) / 1000));
            }
        }
    }

    /** A note under a table or text: small grey type. */
    static void note(XWPFParagraph p, String text) {
        p.setSpacingAfter(40);
        XWPFRun r = p.createRun();
        r.setFontSize(8);
        r.setColor("444444");
        r.setText(text);
    }

    /** The bookmark name of a part: Word allows letters, digits and underscores, up to 40 characters. */
    static String bookmarkName(String partId) {
        String n = "s_" + partId.replaceAll("[^A-Za-z0-9_]", "_");
        return n.length() > 40 ? n.substring(0, 40) : n;
    }

    static void bookmark(XWPFParagraph p, String partId, String text) {
        CTBookmark start = p.getCTP().addNewBookmarkStart();
        start.setName(bookmarkName(partId));
        start.setId(BigInteger.valueOf(Math.abs((long) partId.hashCode())));
        p.createRun().setText(text);
        CTMarkupRange end = p.getCTP().addNewBookmarkEnd();
        end.setId(start.getId());
    }

    /** A right-aligned tab stop with a dotted leader at the right margin (contents lines: title …… page). */
    static void rightTab(XWPFParagraph p) {
        var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var tab = pPr.addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setLeader(STTabTlc.DOT);
        tab.setPos(BigInteger.valueOf(9000));
    }

    static void pageRef(XWPFParagraph p, String partId) {
        field(p, "PAGEREF " + bookmarkName(partId) + " \\h", "");
    }

    /** A field (PAGE, PAGEREF, STYLEREF…) with its cached result; returns its runs, for the caller to format. */
    static List<XWPFRun> field(XWPFParagraph p, String instruction, String cached) {
        XWPFRun begin = p.createRun();
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = p.createRun();
        instr.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
        XWPFRun sep = p.createRun();
        sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun result = p.createRun();
        result.setText(cached);
        XWPFRun end = p.createRun();
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        return List.of(begin, instr, sep, result, end);
    }
}
