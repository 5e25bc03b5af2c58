package org.esgledger.engine.report.narrative;

import java.util.List;
import java.util.Objects;

/**
 * What running text is made of: text, a disclosed figure, the marker of a figure without a value,
 * emphasis (and sub- and superscript), line breaks. Each writer lays these out its own way; none
 * of them reads markup back.
 */
public sealed interface Inline {

    /** Text as written in the template, whitespace kept (writers that flow text collapse it). */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A figure written for the edition (number, and unit where its style shows one) and the fact it discloses, whose lineage it links to. */
    record Figure(String text, String factId) implements Inline {
        public Figure {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(factId, "factId");
        }
    }

    /** Where a referenced figure has no value: the edition's marker (【数据缺失】 / [data not available]), shown in red. */
    record Missing(String marker) implements Inline {
        public Missing {
            Objects.requireNonNull(marker, "marker");
        }
    }

    /** Text set apart: bold, italic, or lowered or raised (CO<sub>2</sub>). */
    record Emphasis(Mark mark, List<Inline> content) implements Inline {
        public Emphasis {
            Objects.requireNonNull(mark, "mark");
            content = List.copyOf(content);
        }
    }

    /** A line break. */
    record Break() implements Inline {
    }

    /** How emphasised text is set apart, with the narrative element that writes it. */
    enum Mark {
        STRONG("strong"), BOLD("b"), EMPHASIS("em"), ITALIC("i"), SUBSCRIPT("sub"), SUPERSCRIPT("sup");

        private final String element;

        Mark(String element) {
            this.element = element;
        }

        public String element() {
            return element;
        }

        public boolean bold() {
            return this == STRONG || this == BOLD;
        }

        public boolean italic() {
            return this == EMPHASIS || this == ITALIC;
        }
    }
}
