package org.esgledger.app.calculation;

import java.util.List;

/**
 * A value that moved between two snapshots: before and after as disclosed (or "n/a"), the exact
 * difference when both exist, and the changed inputs in its lineage that moved it.
 */
public record Change(String factId, String key, String before, String after, String difference, List<String> causes) {

    public Change {
        causes = List.copyOf(causes);
    }
}
