package org.esgledger.app.intake;

import java.util.ArrayList;
import java.util.List;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.Message;

/** Collects the problems of one file while it is checked; refuses the file if there are any. */
public final class Problems {

    private final String file;
    private final List<Problem> list = new ArrayList<>();

    public Problems(String file) {
        this.file = file;
    }

    public void add(int row, String column, String key, Object... args) {
        list.add(new Problem(file, row, column, AppMessages.of(key, args)));
    }

    public void add(int row, String column, Message reason) {
        list.add(new Problem(file, row, column, reason));
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<Problem> list() {
        return List.copyOf(list);
    }

    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new LoadRejected(file, list);
        }
    }
}
