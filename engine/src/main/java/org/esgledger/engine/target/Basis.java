package org.esgledger.engine.target;

import org.esgledger.engine.catalogue.Codes;

/** Over what a target's actual is taken: the year's value, or the year's value as a monthly average (÷ 12). */
public enum Basis {
    ANNUAL, MONTHLY_AVERAGE;

    public static Basis parse(String text) {
        return text == null || text.isBlank() ? ANNUAL : Codes.parse(Basis.class, text);
    }
}
