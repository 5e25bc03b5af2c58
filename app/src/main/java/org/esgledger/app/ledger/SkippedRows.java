package org.esgledger.app.ledger;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.Message;

/**
 * The rows an import skipped (title rows above the header, blank rows, total rows), as ranges of
 * consecutive rows with the same reason: a sheet with a styled empty cell down to row 1,048,576 is
 * one range, "rows 5–1,048,576 blank", not a million entries. At most {@value #LISTED} ranges are
 * kept; rows skipped after them are only counted ({@link #unlisted()}).
 *
 * @param ranges   the first ranges, in row order
 * @param rows     how many rows were skipped in all
 * @param unlisted how many of them lie outside {@code ranges}
 */
public record SkippedRows(List<Range> ranges, long rows, long unlisted) {

    /** Ranges kept in detail; a file with more is summarised by counts. */
    public static final int LISTED = 20;

    /** Rows {@code first} to {@code last} (both included, 1-based as a spreadsheet shows them), skipped for {@code reason}. */
    public record Range(int first, int last, String reason) {
        public long count() {
            return (long) last - first + 1;
        }
    }

    public SkippedRows {
        ranges = List.copyOf(ranges);
    }

    public static SkippedRows none() {
        return new SkippedRows(List.of(), 0, 0);
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    /** One line, e.g. "rows 1–2 title; rows 5–1,048,576 blank" and "第 1–2 行 标题；第 5–1,048,576 行 空行". */
    public Bilingual summary() {
        return new Bilingual(summary(Locale.CHINESE, "；"), summary(Locale.ENGLISH, "; "));
    }

    private String summary(Locale locale, String separator) {
        List<String> parts = new ArrayList<>();
        for (Range r : ranges) {
            String reason = reasonText(r.reason(), locale);
            String span = r.first() == r.last() ? number(r.first(), locale) : number(r.first(), locale) + "–" + number(r.last(), locale);
            parts.add(AppMessages.of("ledger.skipped.range", span, r.count(), reason).render(locale));
        }
        if (unlisted > 0) {
            parts.add(AppMessages.of("ledger.skipped.more", unlisted).render(locale));
        }
        return String.join(separator, parts);
    }

    private static String number(int n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    private static String reasonText(String reason, Locale locale) {
        Message m = AppMessages.of("ledger.skipped." + reason);
        String text = m.render(locale);
        return text.startsWith("ledger.skipped.") ? reason : text;
    }

    /** Collects skipped rows as they come, in row order, in constant memory. */
    public static final class Tally {
        private final List<Range> ranges = new ArrayList<>();
        private long rows;
        private long unlisted;
        private Range open;

        public void add(int row, String reason) {
            rows++;
            if (open != null && open.reason().equals(reason) && open.last() + 1 == row) {
                open = new Range(open.first(), row, reason);
                return;
            }
            close();
            open = new Range(row, row, reason);
        }

        private void close() {
            if (open == null) {
                return;
            }
            if (ranges.size() < LISTED) {
                ranges.add(open);
            } else {
                unlisted += open.count();
            }
            open = null;
        }

        public long rows() {
            return rows;
        }

        public SkippedRows result() {
            List<Range> listed = new ArrayList<>(ranges);
            long more = unlisted;
            if (open != null) {
                if (listed.size() < LISTED) {
                    listed.add(open);
                } else {
                    more += open.count();
                }
            }
            return new SkippedRows(listed, rows, more);
        }
    }
}
