package org.esgledger.app.calculation;

import org.esgledger.engine.i18n.Bilingual;

/** A consistency finding as stored and shown: rule, severity, subject and the message in zh and en. */
public record FindingView(String rule, String severity, String subject, Bilingual message) {
}
