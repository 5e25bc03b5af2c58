package org.esgledger.app.report.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The page of the PDF edition on which each part (chapter, section) of the template begins, by part id: the page
 * the PDF's bookmarks point to and the contents and content index print ({@code target-counter} on the part's
 * anchor), as the layout placed it. Empty for the formats that have no pages.
 */
public record EditionPages(Map<String, Integer> byPart) {

    public static final EditionPages NONE = new EditionPages(Map.of());

    public EditionPages {
        byPart = Map.copyOf(byPart);
    }

    /** The page a part begins on, counted as the page numbers print them (the cover is page 1). */
    public Optional<Integer> of(String partId) {
        return Optional.ofNullable(byPart.get(partId));
    }
}
