package org.esgledger.app.setup;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.EsgException;

/**
 * The company a workspace reports for, as {@code esg init} records it: its names, the last day of
 * its fiscal year and its reporting currency.
 *
 * @param name          in Chinese and English
 * @param fiscalYearEnd the last day of the fiscal year (12-31 for a calendar year)
 * @param currency      ISO 4217 code of the reporting currency (CNY)
 */
public record CompanyProfile(Bilingual name, MonthDay fiscalYearEnd, String currency) {

    /**
     * The profile from the options of {@code esg init}, checked.
     *
     * @param end   {@code --fiscal-year-end} MM-DD, or empty
     * @param start {@code --fiscal-year-start} MM-DD, or empty; the year then ends the day before
     * @throws EsgException naming the option that is wrong
     */
    public static CompanyProfile of(String nameZh, String nameEn, Optional<String> end, Optional<String> start, String currency) {
        if (nameZh == null || nameZh.isBlank() || nameEn == null || nameEn.isBlank()) {
            throw new EsgException(AppMessages.of("init.nameMissing"));
        }
        if (end.isPresent() && start.isPresent()) {
            throw new EsgException(AppMessages.of("init.fiscalYearBoth"));
        }
        MonthDay last = start.map(s -> dayBefore(monthDay("start", s))).orElseGet(() -> monthDay("end", end.orElse("12-31")));
        return new CompanyProfile(Bilingual.of(nameZh.strip(), nameEn.strip()), last, currency.strip().toUpperCase(Locale.ROOT));
    }

    /** The fiscal year end as stored and printed: {@code MM-DD}. */
    public String fiscalYearEndText() {
        return String.format(Locale.ROOT, "%02d-%02d", fiscalYearEnd.getMonthValue(), fiscalYearEnd.getDayOfMonth());
    }

    /** True when the other profile names the same company: the same Chinese or the same English name. */
    boolean sameCompany(CompanyProfile other) {
        return name.zh().equals(other.name.zh()) || name.en().equalsIgnoreCase(other.name.en());
    }

    static MonthDay monthDay(String option, String text) {
        String t = text.strip();
        try {
            if (t.matches("[0-9]{2}-[0-9]{2}")) {
                MonthDay d = MonthDay.parse("--" + t);
                // a fiscal year ends on the same day every year: 29 February does not
                if (d.isValidYear(2023)) {
                    return d;
                }
            }
        } catch (DateTimeException e) {
            // reported below
        }
        throw new EsgException(AppMessages.of("init.fiscalYear", option, text));
    }

    private static MonthDay dayBefore(MonthDay start) {
        return MonthDay.from(start.atYear(2023).minusDays(1));
    }
}
