package org.esgledger.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The seed report's conventions, zh and en (seed checks C030–C037 for money). */
class FigureFormatTest {

    static final FigureFormat FORMAT = new FigureFormat(UnitTable.standard());

    @ParameterizedTest(name = "{0} {1} → {4} / {5}")
    @CsvSource(delimiter = '|', textBlock = """
            3558                                 | person   | 0 | -  | 3,558 人              | 3,558 persons
            36.20011242270938729623383923552558  | percent  | 2 | -  | 36.20%               | 36.20%
            98.07692307692307692307692307692308  | percent  | 2 | -  | 98.08%               | 98.08%
            19.91                                | CNY_100M | 2 | -  | 19.91 亿元            | RMB 1.991 billion
            18304.60                             | CNY_10k  | 2 | -  | 18,304.60 万元        | RMB 183.046 million
            8660.23                              | CNY_10k  | 2 | -  | 8,660.23 万元         | RMB 86.6023 million
            21547.10                             | CNY_10k  | 2 | -  | 21,547.10 万元        | RMB 215.471 million
            23.21                                | CNY_10k  | 2 | -  | 23.21 万元            | RMB 232.1 thousand
            11.13                                | CNY_10k  | 2 | -  | 11.13 万元            | RMB 111.3 thousand
            59683228.10                          | CNY      | 2 | -  | 59,683,228.10 元      | RMB 59,683,228.10
            9.4                                  | t        | 2 | -  | 9.40 吨               | 9.40 t
            1738.1594                            | tCO2e    | 2 | -  | 1,738.16 吨二氧化碳当量 | 1,738.16 tCO2e
            """)
    void writesFiguresAsTheSeedReportDoes(String value, String unit, int decimals, String ignored, String zh, String en) {
        assertThat(FORMAT.format(new BigDecimal(value), unit, decimals, Language.ZH)).isEqualTo(zh);
        assertThat(FORMAT.format(new BigDecimal(value), unit, decimals, Language.EN)).isEqualTo(en);
    }

    @ParameterizedTest(name = "{0} {1} → {3} / {4}")
    @CsvSource(delimiter = '|', textBlock = """
            8660.23                              | CNY_10k  | 2 | 8,660.23 万元         | RMB 86.6 million
            21547.10                             | CNY_10k  | 2 | 21,547.10 万元        | RMB 215.5 million
            18304.60                             | CNY_10k  | 2 | 18,304.60 万元        | RMB 183 million
            19.91                                | CNY_100M | 2 | 19.91 亿元            | RMB 1.991 billion
            23.21                                | CNY_10k  | 2 | 23.21 万元            | RMB 232.1 thousand
            11.98                                | CNY_10k  | 2 | 11.98 万元            | RMB 119.8 thousand
            1234.49                              | CNY_10k  | 1 | 1,234.5 万元          | RMB 12.34 million
            0.5                                  | CNY_10k  | 2 | 0.50 万元             | RMB 5 thousand
            59683228.10                          | CNY      | 2 | 59,683,228.10 元      | RMB 59,683,228.10
            3558                                 | person   | 0 | 3,558 人              | 3,558 persons
            36.20011242270938729623383923552558  | percent  | 2 | 36.20%               | 36.20%
            """)
    void writesAHeadlineWithAtMostFourSignificantDigitsWhereTheEnglishEditionScalesMoney(String value, String unit, int decimals, String zh,
            String en) {
        assertThat(FORMAT.headline(new BigDecimal(value), unit, decimals, Language.ZH)).isEqualTo(zh);
        assertThat(FORMAT.headline(new BigDecimal(value), unit, decimals, Language.EN)).isEqualTo(en);
    }
}
