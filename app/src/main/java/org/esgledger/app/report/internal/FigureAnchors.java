package org.esgledger.app.report.internal;

import org.esgledger.engine.report.narrative.Inline;
import org.esgledger.engine.report.narrative.Markup;

/**
 * The anchors of the figures the print edition prints, so the layout can say the page each lands on ({@link PdfEdition}):
 * every figure in running text, table cell or key-figure tile gets an id unique in the document ({@code f-1}, {@code f-2},
 * … in print order) and keeps its fact id in {@code data-fact}. The screen edition's figures link to the lineage instead
 * and get none ({@link #NONE}). Charts carry no anchor per value: their figures have their section's first page (ADR 0028).
 */
final class FigureAnchors {

    /** The attribute an anchored figure keeps its fact id in. */
    static final String FACT = "data-fact";
    private static final String PREFIX = "f-";

    /** No anchors (the screen edition). */
    static final FigureAnchors NONE = new FigureAnchors(false);

    private final boolean print;
    private int count;

    private FigureAnchors(boolean print) {
        this.print = print;
    }

    /** A fresh counter for one print document. */
    static FigureAnchors print() {
        return new FigureAnchors(true);
    }

    /** Whether an element id is a figure's anchor (the part ids are the template's, which never start so). */
    static boolean isAnchor(String id) {
        return id.startsWith(PREFIX) && id.length() > PREFIX.length() && id.substring(PREFIX.length()).chars().allMatch(Character::isDigit);
    }

    /** The next anchor id for a figure with this fact id, or null (no attribute) on screen or for a cell that is no figure. */
    String next(String factId) {
        if (!print || factId == null || factId.isEmpty()) {
            return null;
        }
        count++;
        return PREFIX + count;
    }

    /** A figure in running text, in print: {@code <span class="fig" id="f-N" data-fact="ID">text</span>}. */
    String span(Inline.Figure f) {
        String id = next(f.factId());
        return "<span class=\"fig\"" + (id == null ? "" : " id=\"" + id + "\"") + " " + FACT + "=\"" + Markup.escape(f.factId()) + "\">"
                + Markup.escape(f.text()) + "</span>";
    }
}
