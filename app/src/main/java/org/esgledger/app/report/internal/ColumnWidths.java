package org.esgledger.app.report.internal;

import java.util.ArrayList;
import java.util.List;

import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;

/**
 * Column widths of a table in whole percent, in proportion to how much text each column holds: the
 * mean length of its cells (a Chinese character counts as two), at least its header's longest word
 * and at most 45. Without them a layout engine gives a column of short Chinese words the width of
 * one character, since Chinese may break anywhere.
 */
final class ColumnWidths {

    private ColumnWidths() {
    }

    static List<Integer> of(Block.Table t) {
        int n = t.header().size();
        int[] weight = new int[n];
        int sum = 0;
        for (int c = 0; c < n; c++) {
            long total = 0;
            for (List<Cell> row : t.rows()) {
                total += c < row.size() ? length(row.get(c).text()) : 0;
            }
            int mean = t.rows().isEmpty() ? 0 : (int) (total / t.rows().size());
            weight[c] = Math.max(Math.max(9, longestWord(t.header().get(c))), Math.min(45, mean));
            sum += weight[c];
        }
        List<Integer> percent = new ArrayList<>();
        int given = 0;
        for (int c = 0; c < n; c++) {
            int p = c == n - 1 ? 100 - given : weight[c] * 100 / sum;
            percent.add(p);
            given += p;
        }
        return percent;
    }

    static int length(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            n += Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN || text.charAt(i) >= 0xFF00 ? 2 : 1;
        }
        return n;
    }

    private static int longestWord(String header) {
        int longest = 0;
        for (String w : header.split("\\s+")) {
            longest = Math.max(longest, length(w));
        }
        return Math.min(longest, 16);
    }
}
