package org.esgledger.engine.calc;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rounding policy: once, half-up; a headline keeps four significant digits, never an integer digit less, never finer than disclosed. */
class DisclosureTest {

    @ParameterizedTest(name = "{0} (finest {1}) → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            86.602349  | 4 | 86.60
            215.471    | 3 | 215.5
            18304.6    | 2 | 18305
            1.991      | 3 | 1.991
            1.99149    | 6 | 1.991
            1.9915     | 6 | 1.992
            0.123456   | 6 | 0.1235
            12.5       | 0 | 13
            -86.602349 | 4 | -86.60
            0          | 2 | 0.00
            """)
    void aHeadlineKeepsFourSignificantDigitsRoundedOnceHalfUp(String exact, int finest, String headline) {
        assertThat(Disclosure.headline(new BigDecimal(exact), finest)).isEqualTo(new BigDecimal(headline));
    }
}
