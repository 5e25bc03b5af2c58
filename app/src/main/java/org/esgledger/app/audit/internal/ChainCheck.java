package org.esgledger.app.audit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.ChainVerdict;
import org.esgledger.app.audit.ChainVerdict.Breach;

/**
 * Walks the events in seq order and stops at the first break: a seq missing (an event removed), an
 * event whose prev_hash is the hash of an earlier event than the one before it (the events between
 * were inserted) or of no event at all (the one before was rewritten, hash included), or an event
 * whose content no longer gives its hash (changed).
 */
public final class ChainCheck {

    private final Map<String, Long> seen = new HashMap<>();
    private long last;
    private String lastHash = EventContent.GENESIS;
    private long count;
    private Optional<ChainVerdict.Broken> broken = Optional.empty();

    public ChainCheck() {
        seen.put(EventContent.GENESIS, 0L);
    }

    public void accept(AuditEvent e) {
        if (broken.isEmpty()) {
            broken = check(e);
            seen.put(e.hash(), e.seq());
            last = e.seq();
            lastHash = e.hash();
            count++;
        }
    }

    private Optional<ChainVerdict.Broken> check(AuditEvent e) {
        if (e.seq() != last + 1) {
            return Optional.of(new ChainVerdict.Broken(last + 1, Breach.EVENT_MISSING,
                    "no event " + (last + 1) + (e.seq() > last + 2 ? "–" + (e.seq() - 1) : "") + "; the next is " + e.seq()));
        }
        if (!e.prevHash().equals(lastHash)) {
            Long linked = seen.get(e.prevHash());
            if (linked != null && linked < last) {
                return Optional.of(new ChainVerdict.Broken(linked + 1, Breach.EVENT_INSERTED,
                        "event " + e.seq() + " follows event " + linked + ": event " + (linked + 1)
                                + (linked + 1 < last ? "–" + last : "") + " was put in between"));
            }
            return Optional.of(new ChainVerdict.Broken(last, Breach.CONTENT_CHANGED,
                    "event " + e.seq() + " was chained to another event " + last + ": event " + last + " was rewritten with a new hash"));
        }
        String recomputed = content(e).hash(e.prevHash());
        if (!recomputed.equals(e.hash())) {
            return Optional.of(new ChainVerdict.Broken(e.seq(), Breach.CONTENT_CHANGED,
                    "event " + e.seq() + " hashes to " + recomputed + ", recorded " + e.hash()));
        }
        return Optional.empty();
    }

    public static EventContent content(AuditEvent e) {
        return new EventContent(e.seq(), e.at(), e.actor(), e.action(), e.subjectKind(), e.subjectId(), e.entities(), e.reason(), e.before(),
                e.after());
    }

    public ChainVerdict verdict() {
        return broken.<ChainVerdict>map(b -> b).orElse(new ChainVerdict.Intact(count, lastHash));
    }
}
