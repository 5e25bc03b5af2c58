package org.esgledger.app.report.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key figure as a tile of the 数说 page: the number large, the words before and after it ({@code RMB},
 * {@code million}, 人, {@code person-times}) smaller, all on one line; both sizes shrink together
 * when the tile is too narrow for them, so that a value never wraps ("80 person- / times") and never
 * runs into the next tile. Sizes in half-points (as Word counts them).
 */
record KeyFigureTile(String lead, String number, String tail, int numberSize, int wordSize) {

    /** A tile's text width in points: 28 % of the PDF's 493 pt text width (border and padding come outside it), less 2 pt. */
    static final int WIDTH_PT = 136;
    static final int NUMBER_SIZE = 30;
    static final int WORD_SIZE = 20;
    private static final int SMALLEST = 14;
    private static final Pattern NUMBER = Pattern.compile("^(\\D*?)(-?\\d[\\d,]*(?:\\.\\d+)?[%‰％]?)(.*)$", Pattern.DOTALL);

    static KeyFigureTile of(String text) {
        Matcher m = NUMBER.matcher(text);
        String lead = m.matches() ? m.group(1) : "";
        String number = m.matches() ? m.group(2) : text;
        String tail = m.matches() ? m.group(3) : "";
        // thousandths of an em times half-points: 2000 of them make a point
        long width = (long) TextWidths.of(number, true) * NUMBER_SIZE + (long) TextWidths.of(lead + tail, true) * WORD_SIZE;
        long room = WIDTH_PT * 2000L;
        if (width <= room) {
            return new KeyFigureTile(lead, number, tail, NUMBER_SIZE, WORD_SIZE);
        }
        int numberSize = (int) Math.max(SMALLEST, NUMBER_SIZE * room / width);
        return new KeyFigureTile(lead, number, tail, numberSize, Math.max(SMALLEST, numberSize * WORD_SIZE / NUMBER_SIZE));
    }

    /** A size in half-points as CSS writes it: 29 → {@code 14.5pt}. */
    static String css(int halfPoints) {
        return halfPoints / 2 + (halfPoints % 2 == 0 ? "" : ".5") + "pt";
    }
}
