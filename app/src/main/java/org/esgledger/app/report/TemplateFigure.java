package org.esgledger.app.report;

import java.util.Objects;

/**
 * A figure a report template prints, as the year's data resolves it: the reference (entity and
 * period filled in), the chapter and section that print it, and the fact it resolves to (empty
 * when the reference names no fact of the snapshot or the store).
 *
 * @param missing whether the edition would print the missing marker in its place
 */
public record TemplateFigure(String ref, String chapter, String section, String factId, boolean missing) {

    public TemplateFigure {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(chapter, "chapter");
        Objects.requireNonNull(section, "section");
        factId = factId == null ? "" : factId;
    }
}
