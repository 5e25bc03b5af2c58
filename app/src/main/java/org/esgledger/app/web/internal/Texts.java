package org.esgledger.app.web.internal;

import java.util.Locale;

import org.esgledger.engine.i18n.Message;

/** A message (the CLI's, from the modules' bundles) in the page's language: Chinese or English. */
final class Texts {

    private Texts() {
    }

    static String of(Message message, Locale locale) {
        return Languages.chinese(locale) ? message.zh() : message.en();
    }
}
