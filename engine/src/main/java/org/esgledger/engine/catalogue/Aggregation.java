package org.esgledger.engine.catalogue;

/**
 * How an indicator's values combine across entities, breakdown members and months.
 * {@code NONE}: not additive (a rate or a policy parameter); a total is recomputed from its
 * components by formula instead.
 */
public enum Aggregation {
    SUM, AVERAGE, END_OF_PERIOD, MAX, WEIGHTED_AVERAGE, NONE;

    public static Aggregation parse(String text) {
        return Codes.parse(Aggregation.class, text);
    }
}
