package org.esgledger.app.evidence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A file kept as evidence: what it is linked to, its original name, the media type detected from its content, its size,
 * SHA-256, the note given with it, who attached it and when.
 */
public record EvidenceView(long id, Reference on, String fileName, String mediaType, long size, String sha256, String note, String by,
                           Instant at) {

    /** One line for {@code esg explain} and the lineage page: file name, short SHA-256, size, who, when. */
    public String line() {
        return "evidence #" + id + " on " + on.describe() + ": " + fileName + " (" + mediaType + ", " + Sizes.describe(size) + ", sha256 "
                + sha256.substring(0, 12) + "…) attached by " + by + " at " + at.truncatedTo(ChronoUnit.SECONDS)
                + (note.isEmpty() ? "" : " — " + note);
    }
}
