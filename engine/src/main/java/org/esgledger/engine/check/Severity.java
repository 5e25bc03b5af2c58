package org.esgledger.engine.check;

import org.esgledger.engine.catalogue.Codes;

/**
 * How much a finding matters. {@code INFO}: nothing wrong, but something cannot be verified;
 * {@code LOW}: a presentation slip (a share truncated instead of rounded); {@code MEDIUM}: figures
 * that disagree beyond rounding; {@code HIGH}: a disagreement a reader would act on.
 */
public enum Severity {
    INFO, LOW, MEDIUM, HIGH;

    /** True for a finding that is more than information: something disagrees. */
    public boolean isProblem() {
        return this != INFO;
    }

    public static Severity parse(String text) {
        return Codes.parse(Severity.class, text);
    }
}
