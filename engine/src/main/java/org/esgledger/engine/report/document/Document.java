package org.esgledger.engine.report.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.esgledger.engine.report.Language;

/**
 * One edition of a report, composed and formatted: every figure already written in the edition's
 * language, every component turned into a block the HTML, PDF and DOCX writers know. The writers
 * decide nothing about content. The cover carries the organisation's names in both languages,
 * its stock code and the reporting period, whatever the edition's language.
 */
public record Document(Language language, int year, String organisation, String title, Cover cover, List<Part> parts) {

    public Document {
        Objects.requireNonNull(language, "language");
        cover = cover == null ? new Cover(organisation, organisation, "", null, year, "") : cover;
        parts = List.copyOf(parts);
    }

    /** A document whose cover names the organisation as the edition does, with no stock code. */
    public Document(Language language, int year, String organisation, String title, List<Part> parts) {
        this(language, year, organisation, title, null, parts);
    }

    /** Every part, depth first. */
    public List<Part> allParts() {
        List<Part> all = new ArrayList<>();
        parts.forEach(p -> collect(p, all));
        return all;
    }

    /** What a table of contents lists: the chapters and sections (levels 1 and 2), except the part that holds the contents itself. */
    public List<Part> contents() {
        return allParts().stream().filter(p -> p.level() <= 2 && p.blocks().stream().noneMatch(b -> b instanceof Block.Contents)).toList();
    }

    private static void collect(Part p, List<Part> into) {
        into.add(p);
        p.children().forEach(c -> collect(c, into));
    }
}
