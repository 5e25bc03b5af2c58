package org.esgledger.app.assurance;

import java.time.Instant;
import java.util.Map;

import org.esgledger.app.audit.ChainHead;

/**
 * A written assurance pack: its year, the snapshot it holds, who made it and when, the audit chain's head it was made at,
 * and every file in it (name → SHA-256, as {@code MANIFEST.sha256} lists them, in the order written).
 */
public record AssurancePack(int year, long snapshot, String madeBy, Instant madeAt, ChainHead head, Map<String, String> files,
                            int evidence, int auditEvents) {

    public AssurancePack {
        files = Map.copyOf(files);
    }
}
