package org.esgledger.app.report.internal;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Where the layout of the PDF edition placed things, as page numbers (counted as the page numbers print them: the cover is
 * page 1). By part id, the page each part (chapter, section) of the template begins on: the page the PDF's bookmarks point
 * to and the contents and content index print ({@code target-counter} on the part's anchor). By fact id, the pages each
 * printed figure's own anchors ({@link FigureAnchors}) landed on, per part printing it. Empty for the formats that have no
 * pages.
 *
 * @param byPart   part id → the page it begins on
 * @param byFigure fact id → part id (the innermost part around the figure) → the pages of its anchors there
 */
public record EditionPages(Map<String, Integer> byPart, Map<String, Map<String, SortedSet<Integer>>> byFigure) {

    public static final EditionPages NONE = new EditionPages(Map.of(), Map.of());

    public EditionPages {
        byPart = Map.copyOf(byPart);
        Map<String, Map<String, SortedSet<Integer>>> figures = new TreeMap<>();
        byFigure.forEach((fact, parts) -> {
            Map<String, SortedSet<Integer>> copy = new TreeMap<>();
            parts.forEach((part, pages) -> copy.put(part, Collections.unmodifiableSortedSet(new TreeSet<>(pages))));
            figures.put(fact, Collections.unmodifiableMap(copy));
        });
        byFigure = Collections.unmodifiableMap(figures);
    }

    /** The page a part begins on. */
    public Optional<Integer> of(String partId) {
        return Optional.ofNullable(byPart.get(partId));
    }

    /** The pages a figure is printed on (in running text, a table or a key-figure tile), sorted; empty when it has no anchor. */
    public SortedSet<Integer> figurePages(String factId) {
        SortedSet<Integer> out = new TreeSet<>();
        byFigure.getOrDefault(factId, Map.of()).values().forEach(out::addAll);
        return out;
    }

    /** The pages a figure is printed on within one part, sorted; empty when it has no anchor there (a chart's value). */
    public SortedSet<Integer> figurePages(String factId, String partId) {
        return byFigure.getOrDefault(factId, Map.of()).getOrDefault(partId, Collections.emptySortedSet());
    }
}
