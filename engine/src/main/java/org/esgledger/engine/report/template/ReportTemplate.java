package org.esgledger.engine.report.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.esgledger.engine.i18n.Bilingual;

/**
 * A report as data: the reporting entity and year, the title, and a tree of chapters and sections
 * with bilingual narrative and components. Figures appear only as {@link FigureRef references}.
 * The organisation's names, stock code (empty when it has none) and logo (null when it has none)
 * are printed on the cover.
 */
public record ReportTemplate(String id, String entity, int year, Bilingual organisation, String stockCode, Picture logo, Bilingual title,
        List<Section> chapters) {

    public ReportTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(title, "title");
        organisation = organisation == null ? Bilingual.of("", "") : organisation;
        stockCode = stockCode == null ? "" : stockCode.strip();
        chapters = List.copyOf(chapters);
    }

    /** A template whose organisation has no stock code. */
    public ReportTemplate(String id, String entity, int year, Bilingual organisation, Bilingual title, List<Section> chapters) {
        this(id, entity, year, organisation, "", null, title, chapters);
    }

    /** Every section, depth first, chapters included. */
    public List<Section> sections() {
        List<Section> all = new ArrayList<>();
        chapters.forEach(c -> collect(c, all));
        return all;
    }

    private static void collect(Section s, List<Section> into) {
        into.add(s);
        s.children().forEach(c -> collect(c, into));
    }
}
