package org.esgledger.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Cell;
import org.esgledger.engine.report.document.Part;

/**
 * Where the figures an edition prints stand (issue 15: the report says which figures are assured, approved or draft):
 * each figure counted once by its fact id, as resting on approved values, on drafts, or printing what an earlier
 * report published for want of data (the figures printed as published); and assurance, which nothing records, as none.
 * A figure whose review the data does not know is counted apart, so that the rows always add up to the figures printed.
 */
final class FigureStandingTable {

    /** What a {@code figure-standing} component composes to until every figure is placed; replaced by identity. */
    static final Block.Table PLACEHOLDER = new Block.Table("", List.of(""), List.of(), 1);

    private FigureStandingTable() {
    }

    static Block.Table table(Language language, ReportData data, List<Composition.Use> used, List<Composition.Use> missing,
                             List<Composition.Use> asPublished) {
        Set<String> published = ids(asPublished);
        Set<String> absent = ids(missing);
        int approved = 0;
        int draft = 0;
        int unknown = 0;
        Set<String> printed = new LinkedHashSet<>(ids(used));
        printed.addAll(published);
        printed.removeAll(absent);
        for (String id : printed) {
            if (published.contains(id)) {
                continue;
            }
            ReportData.Review r = data.review(id).orElse(null);
            if (r == ReportData.Review.APPROVED) {
                approved++;
            } else if (r == ReportData.Review.DRAFT) {
                draft++;
            } else {
                unknown++;
            }
        }
        List<List<Cell>> rows = new ArrayList<>();
        rows.add(row("standing.approved", approved, language));
        rows.add(row("standing.draft", draft, language));
        rows.add(row("standing.published", (int) printed.stream().filter(published::contains).count(), language));
        if (unknown > 0) {
            rows.add(row("standing.unknown", unknown, language));
        }
        rows.add(row("standing.assured", 0, language));
        rows.add(row("standing.printed", printed.size(), language));
        return new Block.Table(ReportTexts.of("standing.caption", language),
                List.of(ReportTexts.of("standing.what", language), ReportTexts.of("standing.count", language)), rows, 1);
    }

    /** The parts with every placeholder replaced by the table. */
    static List<Part> filled(List<Part> parts, Block.Table table) {
        return parts.stream().map(p -> new Part(p.id(), p.level(), p.title(),
                p.blocks().stream().map(b -> b == PLACEHOLDER ? (Block) table : b).toList(), filled(p.children(), table))).toList();
    }

    private static List<Cell> row(String key, int count, Language language) {
        return List.of(Cell.text(ReportTexts.of(key, language)), Cell.text(String.valueOf(count)));
    }

    private static Set<String> ids(List<Composition.Use> uses) {
        Set<String> ids = new LinkedHashSet<>();
        uses.stream().map(Composition.Use::factId).filter(id -> id != null && !id.isEmpty()).forEach(ids::add);
        return ids;
    }
}
