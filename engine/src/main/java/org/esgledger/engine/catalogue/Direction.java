package org.esgledger.engine.catalogue;

import java.util.Locale;

/** Whether a higher value is better, worse, or neither (used for targets and trend arrows). */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL;

    public static Direction parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "higher", "up", "+" -> HIGHER_IS_BETTER;
            case "lower", "down", "-" -> LOWER_IS_BETTER;
            case "neutral", "", "=" -> NEUTRAL;
            default -> Codes.parse(Direction.class, text);
        };
    }
}
