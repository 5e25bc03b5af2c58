package org.esgledger.engine.fact;

import org.esgledger.engine.catalogue.Codes;

/**
 * What a value states: an actual result, a target, an announced plan, a policy parameter (a
 * calibration cycle, an air-conditioning set point) or a structural fact (number of R&D centres).
 * An actual and a target of the same indicator, entity and period are different facts.
 */
public enum Nature {
    ACTUAL, TARGET, PLAN, POLICY, STRUCTURAL;

    public static Nature parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return ACTUAL;
        }
        if (t.equalsIgnoreCase("fact")) {
            return STRUCTURAL;
        }
        return Codes.parse(Nature.class, t);
    }
}
