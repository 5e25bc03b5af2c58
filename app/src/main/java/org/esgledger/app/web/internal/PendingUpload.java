package org.esgledger.app.web.internal;

import java.nio.file.Path;
import java.time.Instant;

import org.esgledger.app.ledger.ImportOptions;

/**
 * A ledger file uploaded for a dry run and kept until it is confirmed or cancelled ({@link PendingUploads}):
 * its unguessable id, the kind, the file's own name, SHA-256 and size, where its bytes are kept, who
 * uploaded it and when, and what the user chose for rows that repeat a batch in force (with the reason
 * of a replacement).
 */
record PendingUpload(String id, String kind, String fileName, String sha256, long size, Path path, String user, Instant at,
                     ImportOptions.Overlap overlap, String reason) {

    /** Whether this is the upload of that id with that SHA-256, by that user, and not older than {@code since}. */
    boolean matches(String askedId, String askedSha256, String askedBy, Instant since) {
        return id.equals(askedId) && sha256.equals(askedSha256) && user.equals(askedBy) && !at.isBefore(since);
    }
}
