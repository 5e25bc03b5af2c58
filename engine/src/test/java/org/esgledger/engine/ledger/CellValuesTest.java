package org.esgledger.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @ParameterizedTest(name = "{0} -> {1} [{2}]")
    @CsvSource(delimiter = '|', textBlock = """
            1234.5          | 1234.5    |
            '1,234.5'       | 1234.5    |
            １，２３４．５      | 1234.5    |
            -12             | -12       |
            ' 36.2% '       | 36.2      | %
            ３６．２％          | 36.2      | %
            1200度           | 1200      | 度
            '1,200 kWh'     | 1200      | kWh
            3.5 吨           | 3.5       | 吨
            12 m³           | 12        | m3
            0.90            | 0.90      |
            """)
    void readsNumbersAsPeopleTypeThem(String cell, String value, String unit) {
        CellNumbers.Reading r = CellNumbers.read(cell);
        assertThat(r.value()).isEqualByComparingTo(value);
        assertThat(r.value().toPlainString()).isEqualTo(new BigDecimal(value).toPlainString());
        assertThat(r.unitText()).isEqualTo(unit == null ? "" : unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "1,23", "1.2.3", "1e5", "12 34", "--5", "1,2345", "5,000,00"})
    void refusesWhatIsNotClearlyANumber(String cell) {
        assertThatThrownBy(() -> CellNumbers.read(cell)).isInstanceOf(CellValueException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "20240305", "２０２４－０３－０５", "45356", "2024 年 3 月 5 日"})
    void readsDatesAsPeopleTypeThem(String cell) {
        assertThat(CellDates.date(cell)).isEqualTo(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest
    @ValueSource(strings = {"05/03/2024", "2024-02-30", "2024-13-01", "yesterday", "12", "60"})
    void refusesAmbiguousOrImpossibleDates(String cell) {
        assertThatThrownBy(() -> CellDates.date(cell)).isInstanceOf(CellValueException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-03", "2024/3", "2024.03", "2024年3月", "2024-03-17", "45356"})
    void readsMonths(String cell) {
        assertThat(CellDates.month(cell)).isEqualTo(YearMonth.of(2024, 3));
    }

    @ParameterizedTest
    @CsvSource({"1,1900-01-01", "60,1900-02-29", "61,1900-03-01", "45292,2024-01-01"})
    void excelSerialsFollowExcelsCalendarFromMarch1900(int serial, String iso) {
        if (serial < 61) {
            assertThatThrownBy(() -> CellDates.excelSerial(BigDecimal.valueOf(serial))).isInstanceOf(CellValueException.class);
        } else {
            assertThat(CellDates.excelSerial(BigDecimal.valueOf(serial))).isEqualTo(LocalDate.parse(iso));
        }
    }
}
