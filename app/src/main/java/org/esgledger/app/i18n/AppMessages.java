package org.esgledger.app.i18n;

import org.esgledger.engine.i18n.Message;

/** Messages of the application, zh and en texts in {@code org/esgledger/app/i18n/messages*.properties}. */
public final class AppMessages {

    public static final String BUNDLE = "org.esgledger.app.i18n.messages";

    private AppMessages() {
    }

    public static Message of(String key, Object... args) {
        return Message.in(BUNDLE, key, args);
    }
}
