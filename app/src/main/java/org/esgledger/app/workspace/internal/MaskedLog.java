package org.esgledger.app.workspace.internal;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import org.esgledger.app.workspace.Credentials;

/**
 * {@code %masked(...)} in {@code logback-spring.xml}: every log line with database credentials
 * masked. When the context property {@code esgLogBrief} is {@code true} (the command line without
 * {@code --verbose}) a line keeps only its first line, cut to {@value #BRIEF} characters: no stack
 * trace, no SQL batch.
 */
public class MaskedLog extends CompositeConverter<ILoggingEvent> {

    static final int BRIEF = 300;

    @Override
    protected String transform(ILoggingEvent event, String in) {
        String masked = Credentials.mask(in);
        if (!"true".equals(getContext() == null ? null : getContext().getProperty("esgLogBrief"))) {
            return masked;
        }
        int end = masked.indexOf('\n');
        String first = (end < 0 ? masked : masked.substring(0, end)).stripTrailing();
        return (first.length() > BRIEF ? first.substring(0, BRIEF) + "…" : first) + System.lineSeparator();
    }
}
