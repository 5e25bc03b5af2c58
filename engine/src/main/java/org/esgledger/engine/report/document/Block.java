package org.esgledger.engine.report.document;

import java.util.List;
import java.util.Objects;

import org.esgledger.engine.report.narrative.Narrative;
import org.esgledger.engine.report.template.Picture;

/** What a part shows, ready to write. */
public sealed interface Block {

    /** Running text, every figure reference resolved: a figure with the fact it discloses, or the missing marker. */
    record Prose(Narrative narrative) implements Block {
        public Prose {
            Objects.requireNonNull(narrative, "narrative");
        }

        /**
         * The text as XHTML: figures are {@code <span class="fig" data-fact="ID">text</span>}; a figure
         * without a value is {@code <span class="missing">marker</span>}.
         */
        public String xhtml() {
            return narrative.xhtml();
        }
    }

    /** A table: caption (may be empty), header row, body rows; the first {@code labelColumns} columns are text, the rest figures. */
    record Table(String caption, List<String> header, List<List<Cell>> rows, int labelColumns) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * Notes to the block before it (a table or text): each line starts with the marker the figures it
     * explains carry ({@code ¹}, {@code *}).
     */
    record Notes(List<String> lines) implements Block {
        public Notes {
            lines = List.copyOf(lines);
        }
    }

    /** Highlighted figures: each a label and its value. */
    record KeyFigures(String caption, List<KeyFigure> figures) implements Block {
        public KeyFigures {
            figures = List.copyOf(figures);
        }
    }

    /** One highlighted figure. */
    record KeyFigure(String label, Cell value) {
    }

    /** A chart as SVG, with its title (also the image's alternative text). */
    record Chart(String title, String svg, int width, int height) implements Block {
    }

    /** A case study: its title and text. */
    record CaseBox(String title, Narrative narrative) implements Block {
        public CaseBox {
            Objects.requireNonNull(narrative, "narrative");
        }
    }

    /** Narrative still to be written: the marker's label (待填写 / To be written) and what the section should say. */
    record ToWrite(String label, Narrative guidance) implements Block {
        public ToWrite {
            Objects.requireNonNull(guidance, "guidance");
        }
    }

    /** The table of contents: the writers list the document's chapters and sections. */
    record Contents(String title) implements Block {
    }

    /**
     * The content index: one line per indexed part, with the disclosures it declares; then one line per
     * disclosure with the parts whose pages answer it (where its indicators print, or the declaring
     * sections where it is narrative). PDF and DOCX add page numbers.
     */
    record ContentIndex(List<String> header, List<IndexLine> lines, List<String> disclosureHeader, List<DisclosureLine> disclosures)
            implements Block {
        public ContentIndex {
            header = List.copyOf(header);
            lines = List.copyOf(lines);
            disclosureHeader = List.copyOf(disclosureHeader);
            disclosures = List.copyOf(disclosures);
        }

        /** An index of sections only. */
        public ContentIndex(List<String> header, List<IndexLine> lines) {
            this(header, lines, List.of(), List.of());
        }
    }

    /** A line of the content index. */
    record IndexLine(String partId, String chapter, String section, String gri, String szse) {
    }

    /**
     * A disclosure ({@code GRI}, {@code 401-1}; {@code SZSE}, {@code Article 50}) with the parts (document order) whose
     * pages answer it, and {@code basis}: printed figures, or narrative in the declaring sections.
     */
    record DisclosureLine(String framework, String code, List<String> partIds, String basis, boolean narrative) {
        public DisclosureLine {
            partIds = List.copyOf(partIds);
        }
    }

    /** The reader feedback form. */
    record Feedback(String intro, List<String> questions, String choices) implements Block {
        public Feedback {
            questions = List.copyOf(questions);
        }
    }

    /** An image the template placed beside it, with its caption (may be empty) and its alt text. */
    record Image(Picture picture, String caption, String alt) implements Block {
    }
}
