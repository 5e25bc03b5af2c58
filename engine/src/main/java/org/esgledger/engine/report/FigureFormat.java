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
 * {@code RMB 232.1 thousand}), keeping exactly the digits the Chinese edition discloses; in a
 * headline (key figures) with at most four significant digits ({@link #headline}).
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

    /**
     * A figure highlighted on its own (a key-figure tile): as {@link #format}, except that money the
     * English edition writes with a scale word keeps at most four significant digits, rounded once
     * from the exact value ({@link Disclosure#headline}): {@code RMB 86.6 million} where the text says
     * {@code RMB 86.6023 million} (8,660.23 万元). The Chinese edition prints money in its own unit,
     * as disclosed.
     */
    public String headline(BigDecimal exact, String unitCode, int decimals, Language language) {
        Unit unit = units.unit(unitCode).orElse(null);
        if (language == Language.ZH || unit == null || !unit.groupCode().equals("money_cny") || unit.factor().compareTo(BigDecimal.ONE) == 0) {
            return format(exact, unitCode, decimals, language);
        }
        BigDecimal yuan = Disclosure.round(exact, decimals).multiply(unit.factor()).abs();
        int shift = yuan.compareTo(BILLION) >= 0 ? 9 : yuan.compareTo(MILLION) >= 0 ? 6 : yuan.compareTo(THOUSAND) >= 0 ? 3 : 0;
        int finest = Math.max(0, decimals - exponent(unit.factor()) + shift);
        BigDecimal scaled = Disclosure.headline(exact.multiply(unit.factor()).movePointLeft(shift), finest);
        return "RMB " + plain(scaled) + switch (shift) {
            case 9 -> " billion";
            case 6 -> " million";
            case 3 -> " thousand";
            default -> "";
        };
    }

    /** The power of ten of a unit's factor: 10000 → 4. */
    private static int exponent(BigDecimal factor) {
        BigDecimal f = factor.stripTrailingZeros();
        return f.precision() - f.scale() - 1;
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
