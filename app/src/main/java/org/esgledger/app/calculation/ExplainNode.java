package org.esgledger.app.calculation;

import java.util.List;

/**
 * One value in an explanation tree: what it is, its value as disclosed (or why it is not
 * available), how it came about, its provenance (who entered and approved it, which file and
 * row, which ledger rows) and the values it was computed from.
 */
public record ExplainNode(String key, String factId, String value, String how, List<String> details, List<ExplainNode> children) {

    public ExplainNode {
        details = List.copyOf(details);
        children = List.copyOf(children);
    }
}
