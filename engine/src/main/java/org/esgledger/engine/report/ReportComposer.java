package org.esgledger.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.document.Cover;
import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.document.Part;
import org.esgledger.engine.report.narrative.Narrative;
import org.esgledger.engine.report.template.Component;
import org.esgledger.engine.report.template.FigureRef;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.Row;
import org.esgledger.engine.report.template.Section;
import org.esgledger.engine.unit.Unit;

/**
 * Composes one edition of a report from its template and data: resolves every figure reference
 * (the report's entity and year fill what a reference leaves out), formats it for the language,
 * and turns components into blocks. A reference without a value becomes a visible marker and is
 * listed; nothing else is invented.
 */
public final class ReportComposer {

    private final ReportTemplate template;
    private final Language language;
    private final ReportData data;
    private final FigureFormat format;
    private final List<Composition.Use> used = new ArrayList<>();
    private final List<Composition.Use> missing = new ArrayList<>();
    private final List<Composition.Use> asPublished = new ArrayList<>();
    private final List<Composition.Typed> typed = new ArrayList<>();
    private final List<String> toWrite = new ArrayList<>();
    private final RegisterTables registers;
    private final ChartComposer charts;
    private final NarrativeComposer narratives;
    private final FigureNotes notes;

    private ReportComposer(ReportTemplate template, Language language, ReportData data) {
        this.template = template;
        this.language = language;
        this.data = data;
        this.format = new FigureFormat(data.units());
        this.notes = new FigureNotes(language, data, format);
        this.registers = new RegisterTables(language, data, notes);
        this.charts = new ChartComposer(this, language);
        this.narratives = new NarrativeComposer(this, template.year(), language, typed);
    }

    public static Composition compose(ReportTemplate template, Language language, ReportData data) {
        ReportComposer c = new ReportComposer(template, language, data);
        List<Part> parts = new ArrayList<>();
        for (Section chapter : template.chapters()) {
            parts.add(c.part(chapter, 1));
        }
        parts = ContentIndexes.filled(parts, ContentIndexes.index(template, language, data, c.used));
        parts = FigureStandingTable.filled(parts, FigureStandingTable.table(language, data, c.used, c.missing, c.asPublished));
        String year = String.valueOf(template.year());
        Cover cover = new Cover(template.organisation().zh(), template.organisation().en(), template.stockCode(), template.logo(), template.year(),
                ReportTexts.of("period", language, year));
        Document doc = new Document(language, template.year(), c.text(template.organisation()), c.text(template.title()), cover, parts);
        return new Composition(doc, c.used, c.missing, c.typed, c.toWrite, c.asPublished);
    }

    /** The marker printed where a figure has no value. */
    public static String marker(Language language) {
        return ReportTexts.of("missing", language);
    }

    String text(Bilingual b) {
        return language == Language.ZH ? b.zh() : b.en();
    }

    private Part part(Section s, int level) {
        List<Block> blocks = new ArrayList<>();
        notes.startPart();
        for (Component component : s.components()) {
            blocks.add(block(component, s));
            List<String> lines = notes.drain();
            if (!lines.isEmpty()) {
                blocks.add(new Block.Notes(lines));
            }
        }
        List<Part> children = new ArrayList<>();
        for (Section child : s.children()) {
            children.add(part(child, level + 1));
        }
        return new Part(s.id(), level, text(s.title()), blocks, children);
    }

    private Block block(Component component, Section s) {
        if (component instanceof Component.Prose p) {
            return new Block.Prose(narrative(p, s.id()));
        } else if (component instanceof Component.Figures f) {
            return figures(f, s.id());
        } else if (component instanceof Component.KeyFigures k) {
            return new Block.KeyFigures(text(k.caption()),
                    k.rows().stream().map(r -> new Block.KeyFigure(label(r), headline(r.ref(), s.id()))).toList());
        } else if (component instanceof Component.Chart c) {
            return charts.chart(c, s.id());
        } else if (component instanceof Component.Register r) {
            return registers.register(r);
        } else if (component instanceof Component.Targets t) {
            return registers.targets(t);
        } else if (component instanceof Component.MaterialityMatrix m) {
            return charts.matrix(m, data.register(m.source()));
        } else if (component instanceof Component.CaseBox b) {
            return new Block.CaseBox(text(b.title()), narrative(b.text(), s.id()));
        } else if (component instanceof Component.ToWrite w) {
            toWrite.add(s.id());
            return new Block.ToWrite(ReportTexts.of("toWrite", language), narrative(w.guidance(), s.id()));
        } else if (component instanceof Component.Contents) {
            return new Block.Contents(ReportTexts.of("contents", language));
        } else if (component instanceof Component.ContentIndex) {
            return ContentIndexes.index(template, language, data, List.of()); // filled in by compose, every figure placed
        } else if (component instanceof Component.Image i) {
            return new Block.Image(i.picture(), text(i.caption()), text(i.alt()));
        } else if (component instanceof Component.Restatements) {
            return RestatementNote.table(template.year(), language, data, format);
        } else if (component instanceof Component.FigureStanding) {
            return FigureStandingTable.PLACEHOLDER; // filled in by compose, every figure placed
        }
        Component.Feedback f = (Component.Feedback) component;
        return new Block.Feedback(ReportTexts.of("feedback", language), f.questions().stream().map(this::text).toList(),
                ReportTexts.of("feedback.choices", language));
    }

    Block figures(Component.Figures f, String partId) {
        List<String> header = new ArrayList<>();
        header.add(ReportTexts.of("indicator", language));
        header.add(ReportTexts.of("unit", language));
        List<String> periods = f.periods().isEmpty() ? List.of(String.valueOf(template.year())) : f.periods();
        for (String p : periods) {
            header.add(ReportTexts.of("year", language, p));
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (Row r : f.rows()) {
            List<Cell> cells = new ArrayList<>();
            cells.add(Cell.text(label(r)));
            cells.add(Cell.text(unitName(r.ref().indicator())));
            if (f.periods().isEmpty()) {
                cells.add(cell(r.ref().withStyle(styleInTable(r.ref())), partId));
            } else {
                for (String p : periods) {
                    cells.add(RestatementNote.marked(cell(r.ref().inPeriod(p).withStyle(styleInTable(r.ref())), partId), language, data));
                }
            }
            rows.add(cells);
        }
        return new Block.Table(text(f.caption()), header, rows, 2);
    }

    private static FigureRef.Style styleInTable(FigureRef ref) {
        return ref.style() == FigureRef.Style.RAW ? FigureRef.Style.RAW : FigureRef.Style.NUMBER;
    }

    String label(Row r) {
        if (!r.label().isEmpty()) {
            return text(r.label());
        }
        String base = data.label(r.ref()).map(this::text).orElse(r.ref().indicator());
        FigureRef resolved = resolve(r.ref());
        if (!resolved.entity().equals(template.entity())) {
            return text(data.entityName(resolved.entity())) + (language == Language.ZH ? "：" : ": ") + base;
        }
        return base;
    }

    String unitName(String indicator) {
        Optional<Unit> unit = data.unit(indicator).flatMap(u -> data.units().unit(u));
        if (unit.isEmpty()) {
            return "";
        }
        return language == Language.ZH ? unit.get().name().zh() : unit.get().symbol();
    }

    /** The reference with the report's entity and year filled in. */
    FigureRef resolve(FigureRef ref) {
        return new FigureRef(ref.indicator(), ref.entity().isEmpty() ? template.entity() : ref.entity(),
                ref.period().isEmpty() ? String.valueOf(template.year()) : ref.period(), ref.breakdown(), ref.style());
    }

    /** The figure of a reference, recorded as used (or missing) in a part. */
    Optional<ReportData.Figure> lookup(FigureRef ref, String partId) {
        FigureRef r = resolve(ref);
        Optional<ReportData.Figure> f = data.figure(r);
        Composition.Use use = new Composition.Use(r, f.map(ReportData.Figure::factId).orElseGet(() -> data.factId(r)), partId);
        used.add(use);
        if (f.isEmpty()) {
            missing.add(use);
        }
        return f;
    }

    /** The figure written for the edition in the reference's style. */
    String written(ReportData.Figure f, FigureRef.Style style) {
        return switch (style) {
            case FULL -> format.format(f.value(), f.unit(), f.decimals(), language);
            case NUMBER -> format.number(f.value(), f.decimals());
            case RAW -> format.raw(f.value(), f.decimals());
        };
    }

    Cell cell(FigureRef ref, String partId) {
        FigureRef r = resolve(ref);
        Optional<ReportData.Figure> f = lookup(ref, partId);
        if (f.isPresent()) {
            return new Cell(notes.marked(r, f.get(), written(f.get(), ref.style())), f.get().factId(), false);
        }
        return asPublished(r, ref.style()).orElseGet(() -> new Cell(marker(language), "", true));
    }

    /** The value published before for a reference {@link #lookup} just found without one: no longer missing, printed as published. */
    private Optional<Cell> asPublished(FigureRef resolved, FigureRef.Style style) {
        Optional<String> text = notes.asPublished(resolved, style);
        text.ifPresent(t -> asPublished.add(missing.remove(missing.size() - 1)));
        return text.map(t -> new Cell(t, data.factId(resolved), false));
    }

    /**
     * The figure of a reference as text runs print it: written in its style with its note marker, or the
     * value published before marked as published; empty when there is neither.
     */
    Optional<Cell> inline(FigureRef ref, String partId) {
        Cell c = cell(ref, partId);
        return c.missing() ? Optional.empty() : Optional.of(c);
    }

    /** A key figure: money as a headline ({@link FigureFormat#headline}), anything else as {@link #cell}. */
    private Cell headline(FigureRef ref, String partId) {
        if (ref.style() != FigureRef.Style.FULL) {
            return cell(ref, partId);
        }
        Optional<ReportData.Figure> f = lookup(ref, partId);
        if (f.isPresent()) {
            return new Cell(format.headline(f.get().value(), f.get().unit(), f.get().decimals(), language), f.get().factId(), false);
        }
        return asPublished(resolve(ref), ref.style()).orElseGet(() -> new Cell(marker(language), "", true));
    }

    private Narrative narrative(Component.Prose p, String partId) {
        return narratives.compose(language == Language.ZH ? p.zh() : p.en(), partId);
    }
}
