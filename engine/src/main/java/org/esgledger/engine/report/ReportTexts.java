package org.esgledger.engine.report;

import org.esgledger.engine.i18n.Message;

/** The report's own words (headers, markers, the feedback form), as i18n keys {@code report.text.*} with zh and en texts. */
final class ReportTexts {

    private ReportTexts() {
    }

    static String of(String key, Language language, Object... args) {
        Message m = Message.of("report.text." + key, args);
        return language == Language.ZH ? m.zh() : m.en();
    }
}
