package org.esgledger.app.fact;

/**
 * One value entered in the fact grid, as typed: the row it is for (indicator, breakdown, nature), its entity and fiscal year,
 * the value, its unit (empty: the indicator's) and a note. Checked as a row of a fact file is ({@code docs/formats/facts.md}).
 */
public record EnteredValue(String indicator, String entity, int year, String breakdown, String nature, String value, String unit,
                           String note) {

    public EnteredValue {
        indicator = strip(indicator);
        entity = strip(entity);
        breakdown = strip(breakdown);
        nature = strip(nature);
        value = strip(value);
        unit = strip(unit);
        note = strip(note);
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
