package org.esgledger.engine.report;

import java.util.List;

import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.template.FigureRef;

/**
 * A composed edition and what went into it: every figure reference used (with the fact it
 * resolved to and the part it appears in) and those that had no value.
 */
public record Composition(Document document, List<Use> used, List<Use> missing) {

    /** A reference as resolved in a part of the edition. */
    public record Use(FigureRef ref, String factId, String partId) {
    }

    public Composition {
        used = List.copyOf(used);
        missing = List.copyOf(missing);
    }
}
