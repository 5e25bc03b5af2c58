package org.esgledger.engine.fact;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a fact came from and who stands behind it.
 *
 * @param source     the file (name and SHA-256) or the form the value came from
 * @param sourceRow  row in that file (1 = header), 0 when not from a file
 */
public record Provenance(String source, int sourceRow, String enteredBy, Instant enteredAt,
                         Optional<String> approvedBy, String note) {
}
