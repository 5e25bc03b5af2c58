package org.esgledger.engine.fact;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a fact came from and who stands behind it.
 *
 * @param source     where the figure comes from, in words: document, page, table; the ledger batches of a
 *                   figure computed from ledger rows
 * @param file       the loaded file and the row the fact was read from; empty when not read from a file
 * @param approvedBy who approved it; empty while nobody has
 */
public record Provenance(String source, Optional<FileRow> file, String enteredBy, Instant enteredAt,
                         Optional<String> approvedBy, String note) {

    public Provenance {
        source = source == null ? "" : source;
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(approvedBy, "approvedBy");
        note = note == null ? "" : note;
    }

    /** A row of a loaded file: the file's name and SHA-256, and the row (header = 1). */
    public record FileRow(String name, String sha256, int row) {
    }
}
