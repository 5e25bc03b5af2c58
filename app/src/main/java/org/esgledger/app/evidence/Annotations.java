package org.esgledger.app.evidence;

import java.util.List;
import java.util.stream.Stream;

/** The evidence and comments shown with a fact: those on the fact itself and on the ledger batches and rows it is computed from. */
public record Annotations(List<EvidenceView> evidence, List<CommentView> comments) {

    public static final Annotations NONE = new Annotations(List.of(), List.of());

    public Annotations {
        evidence = List.copyOf(evidence);
        comments = List.copyOf(comments);
    }

    public boolean isEmpty() {
        return evidence.isEmpty() && comments.isEmpty();
    }

    /** Every line, evidence first, as {@link EvidenceView#line()} and {@link CommentView#line()} write them. */
    public List<String> lines() {
        return Stream.concat(evidence.stream().map(EvidenceView::line), comments.stream().map(CommentView::line)).toList();
    }
}
