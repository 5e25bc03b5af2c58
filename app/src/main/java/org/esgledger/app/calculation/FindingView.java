package org.esgledger.app.calculation;

import org.esgledger.engine.check.Severity;
import org.esgledger.engine.i18n.Bilingual;

/** A consistency finding as stored and shown: rule, severity, subject and the message in zh and en. */
public record FindingView(String rule, Severity severity, String subject, Bilingual message) {

    /** More than information: something disagrees (the engine's rule, {@link Severity#isProblem()}). */
    public boolean isProblem() {
        return severity.isProblem();
    }
}
