package org.esgledger.app.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.junit.jupiter.api.Test;

/** Numbers and dates of an XLSX read exactly, and the same as Excel (and POI, which imitates it) shows them. */
class ExcelNumbersTest {

    @Test
    void numbersShowAsExcelShowsThem() {
        for (String v : new String[] {"0", "1", "-2", "1234.5600000000001", "0.1", "0.30000000000000004", "1250", "3558",
                "21547.1", "99.999999999999986", "12345678901234.5", "0.5", "-0.25", "31.4221472737493"}) {
            assertThat(ExcelNumbers.text(new BigDecimal(v))).as(v).isEqualTo(NumberToTextConverter.toText(Double.parseDouble(v)));
        }
        // where POI would switch to E notation, the text stays plain, as the ledger parsers read it
        assertThat(ExcelNumbers.text(new BigDecimal("0.000001"))).isEqualTo("0.000001");
        assertThat(ExcelNumbers.text(new BigDecimal("1E+21"))).isEqualTo("1000000000000000000000");
    }

    @Test
    void dateSerialsGiveTheDayPoiGivesInBothDateSystems() {
        for (boolean date1904 : new boolean[] {false, true}) {
            for (String v : new String[] {"0", "1", "59", "60", "61", "62", "366", "43831", "45292.5", "45292.9999999999",
                    "45292.99999999", "45657", "2958465"}) {
                assertThat(ExcelNumbers.date(new BigDecimal(v), date1904)).as(v + (date1904 ? " (1904)" : ""))
                        .contains(DateUtil.getLocalDateTime(Double.parseDouble(v), date1904, false).toLocalDate());
            }
        }
        assertThat(ExcelNumbers.date(new BigDecimal("-1"), false)).isEmpty();
    }
}
