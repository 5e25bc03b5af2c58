package org.esgledger.app.report.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.document.Part;
import org.esgledger.engine.report.narrative.Narrative;

/**
 * The DOCX of an edition, written with Apache POI: real heading styles (Word's navigation pane and
 * table of contents work), East-Asian and Latin fonts set, tables as tables, charts as PNG
 * pictures, a cover, running headers and page numbers ({@link DocxPages}) and page references in the content index.
 */
public final class DocxEdition {

    static final String ACCENT = "1F6F8B";
    private static final int TEXT_WIDTH_EMU = Units.toEMU(453);

    private final XWPFDocument docx = new XWPFDocument();
    private final Document doc;
    private final DocxTables tables = new DocxTables(docx);
    private int pictures;
    /** The current chapter, for its section's running header (none for the contents); whether the cover's section has ended. */
    private String chapter = "";
    private boolean sectionEnded;

    private DocxEdition(Document doc) {
        this.doc = doc;
    }

    public static void write(Document doc, Path file) {
        DocxEdition w = new DocxEdition(doc);
        DocxStyles.install(w.docx, doc.language());
        w.body();
        try (OutputStream out = Files.newOutputStream(file)) {
            w.docx.write(out);
            w.docx.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void body() {
        DocxPages.cover(docx, doc);
        for (Part p : doc.parts()) {
            if (p.level() == 1 && !p.equals(doc.parts().get(0))) {
                DocxPages.endSection(docx, doc, chapter, !sectionEnded);
                sectionEnded = true;
            }
            chapter = p.blocks().stream().anyMatch(b -> b instanceof Block.Contents) ? "" : p.title();
            part(p);
        }
        DocxPages.lastSection(docx, doc, chapter, !sectionEnded);
    }

    private void part(Part p) {
        XWPFParagraph h = docx.createParagraph();
        h.setStyle("Heading" + Math.min(3, p.level()));
        DocxStyles.bookmark(h, p.id(), p.title());
        for (Block b : p.blocks()) {
            block(b);
        }
        for (Part c : p.children()) {
            part(c);
        }
    }

    private void block(Block b) {
        if (b instanceof Block.Prose prose) {
            DocxNarrative.write(docx::createParagraph, prose.narrative());
        } else if (b instanceof Block.Table t) {
            tables.table(t);
        } else if (b instanceof Block.Notes n) {
            n.lines().forEach(l -> DocxStyles.note(docx.createParagraph(), l));
        } else if (b instanceof Block.KeyFigures k) {
            tables.keyFigures(k);
        } else if (b instanceof Block.Chart c) {
            chart(c);
        } else if (b instanceof Block.CaseBox box) {
            box(box.title(), "F4F9EC", "4C7A1A", box.narrative());
        } else if (b instanceof Block.ToWrite w) {
            box(w.label(), "FFF6E5", "C77700", w.guidance());
        } else if (b instanceof Block.Image image) {
            TemplatePictures.docx(docx, image, ++pictures);
        } else if (b instanceof Block.Contents) {
            contents();
        } else if (b instanceof Block.ContentIndex index) {
            index(index);
        } else if (b instanceof Block.Feedback f) {
            run(docx.createParagraph(), f.intro());
            int n = 1;
            for (String q : f.questions()) {
                XWPFParagraph p = docx.createParagraph();
                run(p, n++ + ". " + q);
                XWPFParagraph c = docx.createParagraph();
                c.setIndentationLeft(360);
                run(c, f.choices());
            }
        }
    }

    private void chart(Block.Chart c) {
        byte[] png = ChartPictures.png(c.svg());
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        int width = Math.min(TEXT_WIDTH_EMU, Units.pixelToEMU(c.width()));
        int height = (int) ((long) width * c.height() / c.width());
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), XWPFDocument.PICTURE_TYPE_PNG, "chart" + (++pictures) + ".png", width, height);
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("chart picture could not be added", e);
        }
    }

    /** A case study (green) or narrative still to be written (amber, so that nobody mistakes it for finished text): a shaded box with its title. */
    private void box(String title, String fill, String colour, Narrative narrative) {
        XWPFTable table = tables.newTable(1, 1);
        XWPFTableCell cell = table.getRow(0).getCell(0);
        cell.setColor(fill);
        XWPFRun t = run(cell.getParagraphs().get(0), title);
        t.setBold(true);
        t.setColor(colour);
        DocxNarrative.write(cell::addParagraph, narrative);
        docx.createParagraph();
    }

    private void contents() {
        for (Part p : doc.contents()) {
            XWPFParagraph line = docx.createParagraph();
            line.setIndentationLeft(p.level() == 1 ? 0 : 360);
            XWPFRun r = run(line, p.title());
            r.setBold(p.level() == 1);
            DocxStyles.rightTab(line);
            line.createRun().addTab();
            DocxStyles.pageRef(line, p.id());
        }
    }

    private void index(Block.ContentIndex index) {
        XWPFTable table = tables.newTable(index.lines().size() + 1, index.header().size());
        tables.header(table.getRow(0), index.header(), DocxTables.SIZE);
        DocxStyles.columns(table, ColumnWidths.of(index).permille());
        DocxTables.fixed(table);
        for (int i = 0; i < index.lines().size(); i++) {
            Block.IndexLine l = index.lines().get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            List<String> texts = List.of(l.chapter(), l.section(), l.gri(), l.szse());
            for (int c = 0; c < texts.size(); c++) {
                run(row.getCell(c).getParagraphs().get(0), texts.get(c)).setFontSize(8);
            }
            DocxStyles.pageRef(row.getCell(texts.size()).getParagraphs().get(0), l.partId());
        }
        docx.createParagraph();
        if (!index.disclosures().isEmpty()) {
            disclosures(index);
        }
    }

    /** Each disclosure with its basis and the pages of the parts answering it. */
    private void disclosures(Block.ContentIndex index) {
        XWPFTable table = tables.newTable(index.disclosures().size() + 1, index.disclosureHeader().size());
        tables.header(table.getRow(0), index.disclosureHeader(), DocxTables.SIZE);
        DocxStyles.columns(table, ColumnWidths.disclosures(index).permille());
        DocxTables.fixed(table);
        for (int i = 0; i < index.disclosures().size(); i++) {
            Block.DisclosureLine l = index.disclosures().get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            run(row.getCell(0).getParagraphs().get(0), l.framework()).setFontSize(8);
            run(row.getCell(1).getParagraphs().get(0), l.code()).setFontSize(8);
            XWPFParagraph pages = row.getCell(2).getParagraphs().get(0);
            run(pages, l.basis()).setFontSize(8);
            for (int k = 0; k < l.partIds().size(); k++) {
                run(pages, k == 0 ? " " : ", ").setFontSize(8);
                DocxStyles.pageRef(pages, l.partIds().get(k));
            }
        }
        docx.createParagraph();
    }

    static XWPFRun run(XWPFParagraph p, String text) {
        XWPFRun r = p.createRun();
        r.setText(text);
        return r;
    }

}
