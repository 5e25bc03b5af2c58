package org.esgledger.app.report.internal;

import java.util.List;

import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.document.Part;

/**
 * What must stay together at a page break in the PDF, in points: a heading with the start of what
 * follows it (three lines of text, a table's caption, header and first row, a chart, a row of key
 * figures), and a table's caption with its header and first row. The PDF's stylesheet turns each
 * into {@code -fs-page-break-min-height}: when less room is left on the page, the heading or the
 * table starts on the next one. Only the start is kept, never a whole table or text, so that no
 * page is left half empty because a long table did not fit below its heading. A table row is kept
 * on one page unless it is {@linkplain #tall tall}: such a row may break between its lines (the
 * header row repeated above the rest), and only its first lines are kept with the header.
 * Estimates from the stylesheet's sizes (9.5 pt text on 15 pt lines, cell padding, margins), erring
 * on the generous side.
 */
final class PageKeeps {

    static final int LINE = 15;
    private static final int CELL_PADDING = 8;
    private static final int CAPTION = 26;
    private static final int TABLE_MARGIN = 8;
    private static final int PROSE_LINES = 3;
    private static final int BOX = 40;
    private static final int KEY_FIGURE_ROW = 70;
    private static final int SLACK = 12;
    /** The PDF's text width in points (a chart's pixels are 0.75 pt; a wider chart is scaled down to it). */
    private static final int TEXT_WIDTH_PT = 493;
    /** The most height a chart takes in print: 45 % of the page's 723 pt of text height. */
    static final int CHART_HEIGHT = 320;
    private static final int[] HEADING = {0, 48, 42, 36};
    /**
     * A row taller than a third of the page's 723 pt of text height may break across pages: kept
     * whole, a row that does not fit below what precedes it leaves its height empty on that page
     * (a risk register's row of thirty lines after a chart left two thirds of a page empty).
     */
    static final int TALL_ROW = 241;

    private PageKeeps() {
    }

    /** The room a heading needs below it: the heading, and the start of its first block (or of its first sub-section's). */
    static int heading(Part p) {
        int own = HEADING[Math.min(3, p.level())];
        if (!p.blocks().isEmpty()) {
            return own + start(p.blocks().get(0)) + SLACK;
        }
        return own + (p.children().isEmpty() ? 0 : heading(p.children().get(0)));
    }

    /** The room a table needs to start: its caption, header row and first row (the first three lines of a tall one). */
    static int table(Block.Table t, ColumnWidths.Layout layout) {
        int height = TABLE_MARGIN + (t.caption().isEmpty() ? 0 : CAPTION) + layout.lines(t.header(), true) * LINE + CELL_PADDING;
        if (!t.rows().isEmpty()) {
            height += tall(t.rows().get(0), layout) ? PROSE_LINES * LINE + CELL_PADDING : row(t.rows().get(0), layout);
        }
        return height;
    }

    /** A row that may break across pages: taller than {@value #TALL_ROW} pt. */
    static boolean tall(List<Cell> row, ColumnWidths.Layout layout) {
        return row(row, layout) > TALL_ROW;
    }

    private static int row(List<Cell> row, ColumnWidths.Layout layout) {
        return layout.lines(row.stream().map(Cell::text).toList(), false) * LINE + CELL_PADDING;
    }

    static int start(Block b) {
        if (b instanceof Block.Table t) {
            return table(t, ColumnWidths.of(t));
        } else if (b instanceof Block.Prose prose) {
            return proseLines(prose.xhtml()) * LINE + LINE / 2;
        } else if (b instanceof Block.Chart chart) {
            return chart.height() * 3 / 4 * chartPermille(chart) * TEXT_WIDTH_PT / 1000 / (chart.width() * 3 / 4) + 2 * TABLE_MARGIN;
        } else if (b instanceof Block.KeyFigures k) {
            return (k.caption().isEmpty() ? 0 : CAPTION) + KEY_FIGURE_ROW;
        }
        return BOX + PROSE_LINES * LINE;
    }

    /**
     * The width a chart is drawn at in print, in tenths of a percent of the text width: its own (a
     * pixel is 0.75 pt), at most the text width, and narrower when it would otherwise be taller than
     * {@value #CHART_HEIGHT} pt, so that a chart that does not fit below the text before it never
     * leaves more than half a page empty.
     */
    static int chartPermille(Block.Chart chart) {
        int width = Math.min(TEXT_WIDTH_PT, chart.width() * 3 / 4);
        int height = chart.height() * 3 / 4 * width / Math.max(1, chart.width() * 3 / 4);
        if (height > CHART_HEIGHT) {
            width = width * CHART_HEIGHT / height;
        }
        return width * 1000 / TEXT_WIDTH_PT;
    }

    private static int proseLines(String xhtml) {
        String text = xhtml.replaceAll("<[^>]+>", "").strip();
        int line = ColumnWidths.TABLE_WIDTH * TextWidths.EM / ColumnWidths.TEXT_SIZE;
        return Math.min(PROSE_LINES, TextWidths.lines(text, false, line));
    }

    /** The CSS of a box that must have this much room left on the page to start there. */
    static String css(int points) {
        return "-fs-page-break-min-height: " + points + "pt";
    }
}
