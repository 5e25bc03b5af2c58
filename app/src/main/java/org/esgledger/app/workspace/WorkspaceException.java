package org.esgledger.app.workspace;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;

/** The workspace cannot be opened: in use by another process, not writable, or its server does not start. */
public class WorkspaceException extends EsgException {

    public WorkspaceException(String key, Object... args) {
        super(AppMessages.of(key, args));
    }

    public WorkspaceException(Throwable cause, String key, Object... args) {
        super(AppMessages.of(key, args), cause);
    }
}
