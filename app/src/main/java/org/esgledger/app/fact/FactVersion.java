package org.esgledger.app.fact;

import java.time.Instant;
import java.util.Optional;

import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.Origin;

/**
 * One value a fact held, as {@code esg facts --history} shows it.
 *
 * @param value        the number in plain notation, or the text; empty when it could not be computed
 * @param notAvailable why it could not be computed, when it could not
 * @param auditSeq     the audit event of the change that wrote it
 * @param action       that event's action code ({@code load}, {@code facts_from_ledger}, …)
 * @param reason       that event's reason, else its subject (the file or batch that caused it)
 */
public record FactVersion(String factId, int version, Optional<String> value, Optional<String> unit, FactStatus status, Origin origin,
                          Optional<String> notAvailable, String by, Instant at, long auditSeq, String action, String reason) {
}
