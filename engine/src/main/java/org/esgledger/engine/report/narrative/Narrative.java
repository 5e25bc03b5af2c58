package org.esgledger.engine.report.narrative;

import java.util.List;

/**
 * Running text: paragraphs, lists and inline content. In a template its text still holds the
 * figure references ({@code {{…}}}); in a composed edition every reference has become a
 * {@link Inline.Figure} or a {@link Inline.Missing}.
 */
public record Narrative(List<Flow> flows) {

    public Narrative {
        flows = List.copyOf(flows);
    }

    /** The narrative as XHTML, figures as {@code <span class="fig" data-fact="ID">} (the form of the print edition). */
    public String xhtml() {
        return NarrativeXhtml.write(this, NarrativeXhtml::span);
    }
}
