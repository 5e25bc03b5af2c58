package org.esgledger.engine.report.template;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;

/** A report template that cannot be read: names the file, the line and what is wrong, in zh and en. */
public final class TemplateException extends EsgException {

    private final String file;
    private final int line;

    public TemplateException(String file, int line, Message detail) {
        super(Message.of("report.template.invalid", file, String.valueOf(line), detail.zh(), detail.en()));
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
