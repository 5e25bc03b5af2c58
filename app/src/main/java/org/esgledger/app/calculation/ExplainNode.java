package org.esgledger.app.calculation;

import java.util.List;

import org.esgledger.app.evidence.Annotations;

/**
 * One value in an explanation tree: what it is, its value as disclosed (or why it is not
 * available), how it came about, its provenance (who entered and approved it, which file and
 * row, which ledger rows), the evidence and comments on it and on the ledger batches and rows it
 * counts, and the values it was computed from.
 */
public record ExplainNode(String key, String factId, String value, String how, List<String> details, Annotations annotations,
                          List<ExplainNode> children) {

    public ExplainNode {
        details = List.copyOf(details);
        annotations = annotations == null ? Annotations.NONE : annotations;
        children = List.copyOf(children);
    }

    /** A value with no evidence or comments. */
    public ExplainNode(String key, String factId, String value, String how, List<String> details, List<ExplainNode> children) {
        this(key, factId, value, how, details, Annotations.NONE, children);
    }
}
