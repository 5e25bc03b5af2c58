package org.esgledger.app.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;

/**
 * Column widths of a table, measured in the PDF's fonts (thousandths of an em of the table's text
 * size, {@link TextWidths}) and given to every format as tenths of a percent of the table's width.
 * Each column is at least as wide as the longest thing in it that must not break: a Latin word (a
 * hyphen or slash may end a line), a figure, a short Chinese term (a cell or phrase of at most
 * {@value #TERM} characters, so that 急性物理风险 is never stacked one character a line), and four
 * characters of longer Chinese text; never wider than its longest cell; the rest of the width goes
 * to the columns with the most text, in proportion to their mean cell length. Without this a layout
 * engine gives a column of short Chinese words the width of one character, and a long Latin word
 * in a narrow column is printed over its neighbour.
 */
final class ColumnWidths {

    /** The text width of the PDF's A4 page, 174 mm, in tenths of a point. */
    static final int TABLE_WIDTH = 4932;
    /** Text in tables, in tenths of a point: 9.5 pt, and 8.5 pt in a dense table (five or more columns of text). */
    static final int TEXT_SIZE = 95;
    static final int DENSE_SIZE = 85;
    static final int DENSE_COLUMNS = 5;
    /** A cell's padding either side, in tenths of a point: 5 pt, 4 pt in a dense table. */
    private static final int PADDING = 50;
    private static final int DENSE_PADDING = 40;
    /** The most characters of a Chinese term kept on one line. */
    static final int TERM = 8;
    private static final int LONG_TEXT_UNIT = 4 * TextWidths.EM;
    /** A single unbreakable token wider than this (a web address) may break. */
    private static final int LONGEST_TOKEN = 14 * TextWidths.EM;
    private static final int PERMILLE = 1000;
    /** Room for what measuring cannot know (rounding of widths to the layout's units, borders): 0.4 em. */
    private static final int SLACK = 400;
    /** A line is taken as full 0.2 em before its column's end: the layout sets columns up to a point or two off their share. */
    private static final int FILL_SLACK = 200;

    private ColumnWidths() {
    }

    /**
     * Widths of the columns (tenths of a percent, summing to 1000) and of their text (thousandths of
     * an em of the table's text size); {@code dense}: a table of many text columns, set smaller.
     */
    record Layout(List<Integer> permille, List<Integer> text, boolean dense) {

        /** Lines the tallest cell of a row takes (header cells are bold). */
        int lines(List<String> cells, boolean bold) {
            int most = 1;
            for (int c = 0; c < cells.size() && c < text.size(); c++) {
                most = Math.max(most, TextWidths.lines(cells.get(c), bold, text.get(c) - FILL_SLACK));
            }
            return most;
        }

        /** A width as CSS writes it: {@code 12.5%}. */
        static String css(int permille) {
            return permille / 10 + "." + permille % 10 + "%";
        }
    }

    /** A table of five or more text columns (a risk register) is set in smaller type, with less padding, to give each column room. */
    static boolean dense(Block.Table t) {
        return t.labelColumns() >= DENSE_COLUMNS;
    }

    /** The content index laid out as a table: its text columns, and a page number as wide as three digits. */
    static Layout of(Block.ContentIndex index) {
        List<List<Cell>> rows = index.lines().stream()
                .map(l -> List.of(Cell.text(l.chapter()), Cell.text(l.section()), Cell.text(l.gri()), Cell.text(l.szse()), Cell.text("000")))
                .toList();
        return of(new Block.Table("", index.header(), rows, index.header().size() - 1));
    }

    /** The content index's disclosures laid out as a table: framework, disclosure, and the basis with its page numbers. */
    static Layout disclosures(Block.ContentIndex index) {
        List<List<Cell>> rows = index.disclosures().stream().map(l -> List.of(Cell.text(l.framework()), Cell.text(l.code()),
                Cell.text(l.basis() + " " + String.join(", ", l.partIds().stream().map(id -> "000").toList())))).toList();
        return of(new Block.Table("", index.disclosureHeader(), rows, index.disclosureHeader().size()));
    }

    static Layout of(Block.Table t) {
        boolean dense = dense(t);
        int size = dense ? DENSE_SIZE : TEXT_SIZE;
        int table = TABLE_WIDTH * TextWidths.EM / size;
        int padding = 2 * (dense ? DENSE_PADDING : PADDING) * TextWidths.EM / size;
        int n = t.header().size();
        int[] min = new int[n];
        int[] max = new int[n];
        int[] mean = new int[n];
        for (int c = 0; c < n; c++) {
            measure(t, c, min, max, mean);
        }
        int[] width = share(min, max, mean, table - n * padding);
        long sum = 0;
        for (int w : width) {
            sum += w + padding;
        }
        List<Integer> permille = new ArrayList<>();
        List<Integer> text = new ArrayList<>();
        int given = 0;
        for (int c = 0; c < n; c++) {
            int p = c == n - 1 ? PERMILLE - given : (int) ((width[c] + padding) * (long) PERMILLE / sum);
            permille.add(p);
            text.add((int) ((long) p * table / PERMILLE) - padding);
            given += p;
        }
        return new Layout(permille, text, dense);
    }

    /** A column's narrowest width (its widest unbreakable text), its widest (its longest cell on one line) and its mean cell. */
    private static void measure(Block.Table t, int c, int[] min, int[] max, int[] mean) {
        boolean figure = c >= t.labelColumns();
        min[c] = unbreakable(t.header().get(c), true, false);
        max[c] = TextWidths.of(t.header().get(c), true);
        long total = 0;
        for (List<Cell> row : t.rows()) {
            String text = c < row.size() ? row.get(c).text() : "";
            int width = TextWidths.of(text, false);
            min[c] = Math.max(min[c], unbreakable(text, false, figure));
            max[c] = Math.max(max[c], width);
            total += width;
        }
        mean[c] = t.rows().isEmpty() ? max[c] : (int) Math.max(1, total / t.rows().size());
        min[c] += SLACK;
        max[c] += SLACK;
    }

    /**
     * Shares the width out: every column its minimum, then the rest in proportion to the columns'
     * mean text, a column that would get more than its longest cell getting exactly that, and one
     * that would get less than its minimum keeping the minimum. When even the minimums do not fit,
     * they are scaled down together.
     */
    static int[] share(int[] min, int[] max, int[] mean, int available) {
        int n = min.length;
        int[] width = new int[n];
        long minimums = 0;
        for (int c = 0; c < n; c++) {
            minimums += min[c];
        }
        if (minimums >= available) {
            for (int c = 0; c < n; c++) {
                width[c] = (int) (min[c] * (long) available / minimums);
            }
            return width;
        }
        boolean[] fixed = new boolean[n];
        boolean again = true;
        while (again) {
            again = fix(min, max, mean, available, width, fixed);
        }
        return width;
    }

    /** One round of sharing among the columns not yet fixed; true when it fixed one (at its longest cell first, else at its minimum). */
    private static boolean fix(int[] min, int[] max, int[] mean, int available, int[] width, boolean[] fixed) {
        long left = available;
        long weights = 0;
        for (int c = 0; c < min.length; c++) {
            if (fixed[c]) {
                left -= width[c];
            } else {
                weights += Math.max(1, mean[c]);
            }
        }
        boolean atMax = false;
        boolean atMin = false;
        for (int c = 0; c < min.length; c++) {
            if (!fixed[c]) {
                width[c] = (int) (left * Math.max(1, mean[c]) / Math.max(1, weights));
                atMax |= width[c] >= max[c];
                atMin |= width[c] <= min[c];
            }
        }
        for (int c = 0; c < min.length && (atMax || atMin); c++) {
            if (!fixed[c] && (atMax ? width[c] >= max[c] : width[c] <= min[c])) {
                width[c] = atMax ? Math.max(max[c], min[c]) : min[c];
                fixed[c] = true;
            }
        }
        return atMax || atMin;
    }

    /** The widest part of a cell's text that must stay on one line. */
    static int unbreakable(String text, boolean bold, boolean figure) {
        String s = text.strip();
        if (figure || (s.codePoints().noneMatch(Character::isWhitespace) && s.codePointCount(0, s.length()) <= TERM)) {
            return TextWidths.of(s, bold);
        }
        int widest = 0;
        // a comma between digits (2,181.33) is a thousands separator, where no line breaks
        for (String token : s.split("\\s+|(?<=[-/])|(?<=[；，、。：;（）()])|(?<=,)(?!\\d)")) {
            int width = TextWidths.of(token, bold);
            if (token.codePoints().anyMatch(TextWidths::ideograph) && token.codePointCount(0, token.length()) > TERM) {
                width = LONG_TEXT_UNIT;
            }
            widest = Math.max(widest, Math.min(width, LONGEST_TOKEN));
        }
        return widest;
    }
}
