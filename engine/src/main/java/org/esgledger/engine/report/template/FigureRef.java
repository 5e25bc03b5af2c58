package org.esgledger.engine.report.template;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference from a template to a figure: {@code indicator[@entity][@period][[dimension=member;…]][|style]},
 * e.g. {@code employees_total@2024}, {@code hazardous_waste_quantity@plant_east@2024},
 * {@code employees_total@2024[gender=female]} or {@code rd_staff[gender=female]} in a multi-year table
 * (the table gives the periods). An empty entity means the report's entity. The style says how
 * the value is written: {@code full} (number and unit, the default in running text), {@code number}
 * (the grouped number, as in a table with a unit column) or {@code raw} (digits only, e.g.
 * {@code 1000+}).
 */
public record FigureRef(String indicator, String entity, String period, String breakdown, Style style) {

    /** How the value is written. */
    public enum Style { FULL, NUMBER, RAW }

    static final Pattern SYNTAX = Pattern.compile("([a-z][a-z0-9_]*)(?:@([A-Za-z0-9][A-Za-z0-9._-]*))?(?:@([0-9]{4}(?:-[0-9]{2})?))?"
            + "(?:\\[([A-Za-z0-9_=;,.\\-]+)])?(?:\\|(full|number|raw))?");
    private static final Pattern WITH_PERIOD = Pattern.compile("([a-z][a-z0-9_]*)(?:@([A-Za-z0-9][A-Za-z0-9._-]*))?@([0-9]{4}(?:-[0-9]{2})?)"
            + "(?:\\[([A-Za-z0-9_=;,.\\-]+)])?(?:\\|(full|number|raw))?");

    public FigureRef {
        Objects.requireNonNull(indicator, "indicator");
        entity = entity == null ? "" : entity;
        period = period == null ? "" : period;
        breakdown = breakdown == null ? "" : breakdown;
        Objects.requireNonNull(style, "style");
    }

    /**
     * Parses a reference as written in a template. {@code indicator@word} is read as an entity when
     * the word is not a period.
     *
     * @throws IllegalArgumentException when the text is not a reference
     */
    public static FigureRef parse(String text) {
        String t = text.strip();
        Matcher m = WITH_PERIOD.matcher(t);
        if (!m.matches()) {
            m = SYNTAX.matcher(t);
            if (!m.matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a figure reference (indicator[@entity][@period][[dimension=member]][|style])");
            }
        }
        Style style = m.group(5) == null ? Style.FULL : Style.valueOf(m.group(5).toUpperCase(Locale.ROOT));
        return new FigureRef(m.group(1), m.group(2), m.group(3), canonical(m.group(4)), style);
    }

    /** The same reference for another period (a column of a multi-year table). */
    public FigureRef inPeriod(String p) {
        return new FigureRef(indicator, entity, p, breakdown, style);
    }

    public FigureRef withStyle(Style s) {
        return new FigureRef(indicator, entity, period, breakdown, s);
    }

    /** The dimension members of the breakdown, by dimension code. */
    public Map<String, String> members() {
        Map<String, String> m = new TreeMap<>();
        if (!breakdown.isEmpty()) {
            for (String part : breakdown.split(";")) {
                int eq = part.indexOf('=');
                m.put(part.substring(0, eq), part.substring(eq + 1));
            }
        }
        return m;
    }

    /** {@code dimension=member} pairs sorted by dimension and joined by {@code ;}, as fact keys write them. */
    static String canonical(String raw) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        Map<String, String> sorted = new TreeMap<>();
        for (String part : raw.split("[;,]")) {
            int eq = part.indexOf('=');
            if (eq <= 0 || eq == part.length() - 1) {
                throw new IllegalArgumentException("'" + part + "' is not dimension=member");
            }
            sorted.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        StringBuilder s = new StringBuilder();
        sorted.forEach((k, v) -> s.append(s.isEmpty() ? "" : ";").append(k).append('=').append(v));
        return s.toString();
    }

    @Override
    public String toString() {
        return indicator + (entity.isEmpty() ? "" : "@" + entity) + (period.isEmpty() ? "" : "@" + period)
                + (breakdown.isEmpty() ? "" : "[" + breakdown + "]") + (style == Style.FULL ? "" : "|" + style.name().toLowerCase(Locale.ROOT));
    }
}
