package org.esgledger.engine.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.esgledger.engine.calc.Disclosure;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * How a figure is written in each edition, following the conventions of Chinese sustainability reports: rounded once,
 * half-up, to the indicator's decimals ({@link Disclosure}); thousands separated by commas; the unit
 * after the number (人 / persons, 吨 / t); percentages without a space ({@code 36.20%}); money in the
 * Chinese edition in its own unit ({@code 21,547.10 万元}, {@code 19.91 亿元}) and in the English one in
 * RMB with the scale word ({@code RMB 215.471 million}, {@code RMB 1.991 billion},
 * {@code RMB 232.1 thousand}), keeping exactly the digits the Chinese edition discloses.
 */
public final class FigureFormat {

    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    private final UnitCatalogue units;

    public FigureFormat(UnitCatalogue units) {
        this.units = units;
    }

    public String format(BigDecimal exact, String unitCode, int decimals, Language language) {
        BigDecimal disclosed = Disclosure.round(exact, decimals);
        Unit unit = units.unit(unitCode).orElse(null);
        if (unit == null) {
            return grouped(disclosed);
        }
        if (unit.code().equals("percent") || unit.code().equals("permille")) {
            return grouped(disclosed) + unit.symbol();
        }
        if (unit.groupCode().equals("money_cny")) {
            return language == Language.ZH ? grouped(disclosed) + " " + unit.name().zh() : englishMoney(disclosed, unit);
        }
        return grouped(disclosed) + " " + (language == Language.ZH ? unit.name().zh() : unit.symbol());
    }

    /** The number alone, rounded once and grouped, as a table with a unit column prints it: {@code 21,547.10}. */
    public String number(BigDecimal exact, int decimals) {
        return grouped(Disclosure.round(exact, decimals));
    }

    /** The digits alone, rounded once, without grouping: {@code 1000} (for labels such as {@code 1000+}). */
    public String raw(BigDecimal exact, int decimals) {
        return Disclosure.round(exact, decimals).toPlainString();
    }

    private static String englishMoney(BigDecimal disclosed, Unit unit) {
        if (unit.factor().compareTo(BigDecimal.ONE) == 0) {
            return "RMB " + grouped(disclosed);
        }
        BigDecimal yuan = disclosed.multiply(unit.factor());
        BigDecimal abs = yuan.abs();
        if (abs.compareTo(BILLION) >= 0) {
            return "RMB " + plain(yuan.divide(BILLION)) + " billion";
        }
        if (abs.compareTo(MILLION) >= 0) {
            return "RMB " + plain(yuan.divide(MILLION)) + " million";
        }
        if (abs.compareTo(THOUSAND) >= 0) {
            return "RMB " + plain(yuan.divide(THOUSAND)) + " thousand";
        }
        return "RMB " + plain(yuan);
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return grouped(s.scale() < 0 ? s.setScale(0) : s);
    }

    /** 3558 → 3,558; 21547.10 → 21,547.10 (the scale is kept). */
    static String grouped(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setParseBigDecimal(true);
        f.setMinimumFractionDigits(Math.max(0, v.scale()));
        f.setMaximumFractionDigits(Math.max(0, v.scale()));
        f.setRoundingMode(RoundingMode.UNNECESSARY);
        return f.format(v);
    }
}
