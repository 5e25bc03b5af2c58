package org.esgledger.engine.report.document;

import java.util.List;
import java.util.Objects;

/** A chapter (level 1), section (2) or sub-section (3) of a composed edition. */
public record Part(String id, int level, String title, List<Block> blocks, List<Part> children) {

    public Part {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
        children = List.copyOf(children);
    }
}
