package org.esgledger.app.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A key figure's number large and its words small, shrunk together when the tile is too narrow. */
class KeyFigureTileTest {

    @Test
    void splitsTheNumberFromItsWords() {
        assertThat(KeyFigureTile.of("80 person-times")).isEqualTo(new KeyFigureTile("", "80", " person-times", 30, 20));
        assertThat(KeyFigureTile.of("RMB 86.6 million")).isEqualTo(new KeyFigureTile("RMB ", "86.6", " million", 30, 20));
        assertThat(KeyFigureTile.of("36.20%")).isEqualTo(new KeyFigureTile("", "36.20%", "", 30, 20));
        assertThat(KeyFigureTile.of("8,660.23 万元")).isEqualTo(new KeyFigureTile("", "8,660.23", " 万元", 30, 20));
        assertThat(KeyFigureTile.of("【数据缺失】").number()).isEqualTo("【数据缺失】");
    }

    @Test
    void aValueTooWideForItsTileIsSetSmallerNotWrapped() {
        KeyFigureTile wide = KeyFigureTile.of("RMB 1,234,567.89 thousand");
        assertThat(wide.numberSize()).isLessThan(KeyFigureTile.NUMBER_SIZE).isGreaterThanOrEqualTo(14);
        long width = (long) TextWidths.of(wide.number(), true) * wide.numberSize() + (long) TextWidths.of(wide.lead() + wide.tail(), true) * wide.wordSize();
        assertThat(width).isLessThanOrEqualTo(KeyFigureTile.WIDTH_PT * 2000L);
        assertThat(KeyFigureTile.css(29)).isEqualTo("14.5pt");
        assertThat(KeyFigureTile.css(30)).isEqualTo("15pt");
    }
}
