package org.esgledger.app.report.internal;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Tables in the DOCX as Word paginates them: fixed column widths ({@link ColumnWidths}), the header
 * row repeated on every page the table spans, no row split across pages, and the caption and the
 * header row kept with the first row (keep with next), so that neither is left alone at a page's foot.
 * Key figures are a borderless grid of tiles, sized as in the PDF ({@link KeyFigureTile}).
 */
final class DocxTables {

    /** Text in tables in points: 9, and 8 in a dense table ({@link ColumnWidths#dense}). */
    static final int SIZE = 9;
    static final int DENSE_SIZE = 8;
    private static final int PADDING_TWIPS = 100;
    private static final int DENSE_PADDING_TWIPS = 80;

    private final XWPFDocument docx;

    DocxTables(XWPFDocument docx) {
        this.docx = docx;
    }

    void table(Block.Table t) {
        if (!t.caption().isEmpty()) {
            XWPFParagraph c = docx.createParagraph();
            c.setStyle("Caption");
            keepNext(c);
            DocxEdition.run(c, t.caption()).setBold(true);
        }
        XWPFTable table = newTable(t.rows().size() + 1, t.header().size());
        ColumnWidths.Layout layout = ColumnWidths.of(t);
        int size = layout.dense() ? DENSE_SIZE : SIZE;
        header(table.getRow(0), t.header(), size);
        DocxStyles.columns(table, layout.permille());
        fixed(table);
        // the PDF's cell padding (5 pt, 4 pt when dense), which the column widths leave room for
        int padding = layout.dense() ? DENSE_PADDING_TWIPS : PADDING_TWIPS;
        table.setCellMargins(0, padding, 0, padding);
        for (int r = 0; r < t.rows().size(); r++) {
            List<Cell> row = t.rows().get(r);
            table.getRow(r + 1).setCantSplitRow(true);
            for (int c = 0; c < row.size(); c++) {
                cell(table.getRow(r + 1).getCell(c), row.get(c), c >= t.labelColumns(), size);
            }
        }
        docx.createParagraph();
    }

    void keyFigures(Block.KeyFigures k) {
        int columns = 3;
        int rows = (k.figures().size() + columns - 1) / columns;
        XWPFTable table = newTable(rows, columns);
        for (int i = 0; i < k.figures().size(); i++) {
            Block.KeyFigure f = k.figures().get(i);
            XWPFTableCell cell = table.getRow(i / columns).getCell(i % columns);
            table.getRow(i / columns).setCantSplitRow(true);
            XWPFParagraph v = cell.getParagraphs().get(0);
            KeyFigureTile tile = KeyFigureTile.of(f.value().text());
            String colour = f.value().missing() ? DocxNarrative.MISSING_RED : DocxEdition.ACCENT;
            tileRun(v, tile.lead(), tile.wordSize(), colour);
            tileRun(v, tile.number(), tile.numberSize(), colour);
            tileRun(v, tile.tail(), tile.wordSize(), colour);
            DocxEdition.run(cell.addParagraph(), f.label()).setFontSize(9);
        }
        docx.createParagraph();
    }

    private static void tileRun(XWPFParagraph p, String text, int halfPoints, String colour) {
        if (text.isEmpty()) {
            return;
        }
        XWPFRun r = DocxEdition.run(p, text);
        r.setBold(true);
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        pr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        pr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        r.setColor(colour);
    }

    /** Keep with next (POI's own setter fails on a paragraph without properties). */
    static void keepNext(XWPFParagraph p) {
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
    }

    XWPFTable newTable(int rows, int columns) {
        XWPFTable table = docx.createTable(rows, columns);
        table.setWidth("100%");
        DocxStyles.borders(table);
        return table;
    }

    /** Word and LibreOffice keep the grid's widths instead of fitting columns to their content. */
    static void fixed(XWPFTable table) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
    }

    /** The header row: repeated on every page, never split, kept with the first row. */
    void header(XWPFTableRow row, List<String> header, int size) {
        row.setRepeatHeader(true);
        row.setCantSplitRow(true);
        for (int c = 0; c < header.size(); c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setColor(DocxEdition.ACCENT);
            XWPFParagraph p = cell.getParagraphs().get(0);
            keepNext(p);
            XWPFRun r = DocxEdition.run(p, header.get(c));
            r.setBold(true);
            r.setColor("FFFFFF");
            r.setFontSize(size);
        }
    }

    private static void cell(XWPFTableCell cell, Cell c, boolean numeric, int size) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        if (numeric) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun r = DocxEdition.run(p, c.text());
        r.setFontSize(size);
        if (c.missing()) {
            r.setBold(true);
            r.setColor(DocxNarrative.MISSING_RED);
        }
    }
}
