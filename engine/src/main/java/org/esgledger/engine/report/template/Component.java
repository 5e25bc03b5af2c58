package org.esgledger.engine.report.template;

import java.util.List;
import java.util.Objects;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.narrative.Narrative;

/** What a section shows besides its title: narrative, tables, charts, registers, the indexes. */
public sealed interface Component {

    /**
     * Running text in both languages, as written in the template's XHTML subset ({@code p, ul, ol,
     * li, strong, em, b, i, br, sub, sup}), its text holding the figure references ({@code {{…}}}).
     */
    record Prose(Narrative zh, Narrative en) implements Component {
        public Prose {
            Objects.requireNonNull(zh, "zh");
            Objects.requireNonNull(en, "en");
        }

        /** Both texts as the template's XHTML. */
        public Bilingual xhtml() {
            return Bilingual.of(zh.xhtml(), en.xhtml());
        }
    }

    /**
     * A table of figures: indicator, unit and one value column per period. With no periods each
     * row's own period is used (a single-year table); with several, a multi-year table.
     */
    record Figures(Bilingual caption, List<String> periods, List<Row> rows) implements Component {
        public Figures {
            periods = List.copyOf(periods);
            rows = List.copyOf(rows);
        }
    }

    /** Highlighted single figures (a report's key-figures page). */
    record KeyFigures(Bilingual caption, List<Row> rows) implements Component {
        public KeyFigures {
            rows = List.copyOf(rows);
        }
    }

    /** A chart drawn from figures: bar or line over periods, stacked bars, or a donut of shares. */
    record Chart(ChartType type, Bilingual title, List<String> periods, List<Row> rows) implements Component {
        public Chart {
            Objects.requireNonNull(type, "type");
            periods = List.copyOf(periods);
            rows = List.copyOf(rows);
        }
    }

    /** Kinds of chart. */
    enum ChartType { BAR, STACKED_BAR, LINE, DONUT }

    /**
     * Rows of a register (risks and opportunities, SDGs, stakeholders, material topics), filtered by
     * {@code field=value} conditions, shown in the given columns.
     */
    record Register(String source, Bilingual caption, List<String> where, List<Column> columns) implements Component {
        public Register {
            Objects.requireNonNull(source, "source");
            where = List.copyOf(where);
            columns = List.copyOf(columns);
        }
    }

    /**
     * Targets with their evaluated status, by target id, in declared columns ({@link #KEYS}); without
     * declared columns: metric, target and status.
     */
    record Targets(Bilingual caption, List<String> ids, List<Column> columns) implements Component {

        /** The columns a targets table may declare. */
        public static final List<String> KEYS = List.of("department", "metric", "target", "result", "status");

        public Targets {
            ids = List.copyOf(ids);
            columns = List.copyOf(columns);
        }

        public Targets(Bilingual caption, List<String> ids) {
            this(caption, ids, List.of());
        }
    }

    /** The materiality matrix (双重重要性) of a register of topics: financial against impact materiality, in quadrants. */
    record MaterialityMatrix(String source, Bilingual title) implements Component {
    }

    /** A case study box: its title and text. */
    record CaseBox(Bilingual title, Prose text) implements Component {
        public CaseBox {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Narrative the company still has to write: what the section should say, in both languages. Rendered as a
     * visibly marked box (待填写 / To be written) and counted in the render report, never as finished text.
     */
    record ToWrite(Prose guidance) implements Component {
        public ToWrite {
            Objects.requireNonNull(guidance, "guidance");
        }
    }

    /** The table of contents. */
    record Contents() implements Component {
    }

    /** The GRI and Guideline No. 17 content index, generated from the sections' references. */
    record ContentIndex() implements Component {
    }

    /** The restatement note (GRI 2-4), generated from the restated figures of earlier, locked years. */
    record Restatements() implements Component {
    }

    /**
     * Where the report's figures stand, generated once every figure is placed: how many the edition prints, how many rest on
     * approved values, on drafts, or print what an earlier report published; and that no assurance is on record.
     */
    record FigureStanding() implements Component {
    }

    /** The reader feedback form. */
    record Feedback(List<Bilingual> questions) implements Component {
        public Feedback {
            questions = List.copyOf(questions);
        }
    }

    /**
     * An image file beside the template (a logo, a photograph, a certificate, a chart made
     * elsewhere), with an optional caption and the alt text a reader who cannot see it is given.
     */
    record Image(Picture picture, Bilingual caption, Bilingual alt) implements Component {
        public Image {
            Objects.requireNonNull(picture, "picture");
        }
    }
}
