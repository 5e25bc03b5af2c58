package org.esgledger.app.calculation;

import java.util.List;

import org.esgledger.app.evidence.Annotations;
import org.esgledger.engine.i18n.Message;

/**
 * One value in an explanation tree: what it is, its value as disclosed (or why it is not
 * available), how it came about, its provenance (who entered and approved it, which file and
 * row, which ledger rows), the evidence and comments on it and on the ledger batches and rows it
 * counts, and the values it was computed from. Its lineage lines are messages ({@code lineage.*}), so that a page shows them in
 * its reader's language; {@link #details()} gives them in English, as {@code esg explain} prints them.
 */
public record ExplainNode(String key, String factId, String value, String how, List<Message> lines, Annotations annotations,
                          List<ExplainNode> children) {

    /** The key of a ledger line, whose first argument is the ledger kind (read checks of a batch's kind use it). */
    public static final String LEDGER_LINE = "lineage.ledger";

    public ExplainNode {
        lines = List.copyOf(lines);
        annotations = annotations == null ? Annotations.NONE : annotations;
        children = List.copyOf(children);
    }

    /** A value with no evidence or comments. */
    public ExplainNode(String key, String factId, String value, String how, List<Message> lines, List<ExplainNode> children) {
        this(key, factId, value, how, lines, Annotations.NONE, children);
    }

    /** The lineage lines in English, as {@code esg explain} prints them. */
    public List<String> details() {
        return lines.stream().map(Message::en).toList();
    }
}
