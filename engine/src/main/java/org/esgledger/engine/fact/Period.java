package org.esgledger.engine.fact;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A reporting period: a fiscal year ({@code 2024}), a month ({@code 2024-03}) or a span of fiscal
 * years ({@code 2022..2024}, for statements such as "no violations in the past three years").
 * Fiscal years are calendar years, as for companies listed in mainland China.
 */
public sealed interface Period permits Period.FiscalYear, Period.Month, Period.YearSpan {

    Pattern YEAR = Pattern.compile("(\\d{4})");
    Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    Pattern SPAN = Pattern.compile("(\\d{4})\\.\\.(\\d{4})");

    String code();

    LocalDate start();

    LocalDate end();

    Bilingual name();

    /** The fiscal year the period ends in: a report for that year shows it. */
    default int fiscalYear() {
        return end().getYear();
    }

    static Period parse(String text) {
        String t = text == null ? "" : text.strip();
        Matcher m = YEAR.matcher(t);
        if (m.matches()) {
            return new FiscalYear(Integer.parseInt(m.group(1)));
        }
        m = MONTH.matcher(t);
        if (m.matches()) {
            return new Month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = SPAN.matcher(t);
        if (m.matches()) {
            return new YearSpan(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        throw new IllegalArgumentException("'" + text + "' is not a period (2024, 2024-03 or 2022..2024)");
    }

    private static void checkYear(int year) {
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
    }

    record FiscalYear(int year) implements Period {
        public FiscalYear {
            checkYear(year);
        }

        public String code() {
            return Integer.toString(year);
        }

        public LocalDate start() {
            return LocalDate.of(year, 1, 1);
        }

        public LocalDate end() {
            return LocalDate.of(year, 12, 31);
        }

        public Bilingual name() {
            return Bilingual.of(year + "年", "FY" + year);
        }

        public Month month(int month) {
            return new Month(year, month);
        }
    }

    record Month(int year, int month) implements Period {
        public Month {
            checkYear(year);
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month out of range: " + month);
            }
        }

        public String code() {
            return String.format("%04d-%02d", year, month);
        }

        public LocalDate start() {
            return LocalDate.of(year, month, 1);
        }

        public LocalDate end() {
            return YearMonth.of(year, month).atEndOfMonth();
        }

        public Bilingual name() {
            return Bilingual.of(year + "年" + month + "月",
                    java.time.Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year);
        }
    }

    record YearSpan(int first, int last) implements Period {
        public YearSpan {
            checkYear(first);
            checkYear(last);
            if (last <= first) {
                throw new IllegalArgumentException("a span needs a later last year: " + first + ".." + last);
            }
        }

        public String code() {
            return first + ".." + last;
        }

        public LocalDate start() {
            return LocalDate.of(first, 1, 1);
        }

        public LocalDate end() {
            return LocalDate.of(last, 12, 31);
        }

        public Bilingual name() {
            return Bilingual.of(first + "—" + last + "年", "FY" + first + "–FY" + last);
        }
    }
}
