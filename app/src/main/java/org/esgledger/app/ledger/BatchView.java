package org.esgledger.app.ledger;

import java.time.Instant;
import java.util.Optional;

import org.esgledger.engine.fact.FactStatus;

/**
 * A ledger batch with its provenance, as the web's batch list shows it: the file (name, SHA-256,
 * encoding), who imported it and when, its row counts, its review status, and whether a later
 * batch superseded it (and why).
 */
public record BatchView(long id, String kind, String fileName, String sha256, String encoding, String loadedBy, Instant loadedAt,
                        int accepted, int rejected, int skipped, FactStatus status, Optional<Long> supersededBy, String reason) {

    public boolean inForce() {
        return supersededBy.isEmpty();
    }
}
