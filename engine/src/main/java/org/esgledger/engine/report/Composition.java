package org.esgledger.engine.report;

import java.util.List;

import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.template.FigureRef;

/**
 * A composed edition and what went into it: every figure reference used (with the fact it
 * resolved to and the part it appears in), those that had no value, and the numbers typed into
 * its narrative (for the owner to check that none is a figure that should be a reference), and the
 * parts (by id) holding narrative still to be written, once per block; and the references without a
 * value of their own printed with the value a report published before ({@code asPublished}).
 */
public record Composition(Document document, List<Use> used, List<Use> missing, List<Typed> typed, List<String> toWrite,
                          List<Use> asPublished) {

    /** A reference as resolved in a part of the edition. */
    public record Use(FigureRef ref, String factId, String partId) {
    }

    /** A number written into the narrative itself rather than referenced (a year, a code, or a figure that should be a reference). */
    public record Typed(String text, String partId) {
    }

    public Composition {
        used = List.copyOf(used);
        missing = List.copyOf(missing);
        typed = List.copyOf(typed);
        toWrite = List.copyOf(toWrite);
        asPublished = List.copyOf(asPublished);
    }

    /** A composition that printed no figure as published. */
    public Composition(Document document, List<Use> used, List<Use> missing, List<Typed> typed, List<String> toWrite) {
        this(document, used, missing, typed, toWrite, List.of());
    }

    /** A composition with no narrative left to write. */
    public Composition(Document document, List<Use> used, List<Use> missing, List<Typed> typed) {
        this(document, used, missing, typed, List.of());
    }
}
