package org.esgledger.app.report.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.esgledger.engine.report.document.Document;

/** Lays out a composed edition in one output format and writes it to a file. */
@FunctionalInterface
public interface EditionWriter {

    /**
     * @param names the render's other files, for the links an edition holds (the lineage page, the other language)
     * @return where the parts begin, for a paged format ({@link EditionPages#NONE} otherwise)
     */
    EditionPages write(Document edition, Path file, EditionNames names) throws IOException;
}
