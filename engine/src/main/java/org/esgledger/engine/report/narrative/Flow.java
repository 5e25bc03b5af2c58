package org.esgledger.engine.report.narrative;

import java.util.List;

/** A piece of narrative at the top level: a paragraph, a list, or inline content written outside any paragraph. */
public sealed interface Flow {

    /** A paragraph ({@code <p>}). */
    record Paragraph(List<Inline> content) implements Flow {
        public Paragraph {
            content = List.copyOf(content);
        }
    }

    /** A bulleted ({@code <ul>}) or numbered ({@code <ol>}) list, each item its inline content. */
    record Items(boolean numbered, List<List<Inline>> items) implements Flow {
        public Items {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Inline content written directly in the narrative, between paragraphs and lists, as it stands
     * (whitespace between two paragraphs is such content too; writers that flow text skip it).
     */
    record Loose(List<Inline> content) implements Flow {
        public Loose {
            content = List.copyOf(content);
        }
    }
}
