package org.esgledger.app.audit.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.audit.ChainVerdict;
import org.esgledger.app.audit.ChainVerdict.Breach;

/**
 * Walks the events in seq order and stops at the first break: a seq missing (an event removed), an
 * event whose prev_hash is the hash of an earlier event than the one before it (the events between
 * were inserted) or of no event at all (the one before was rewritten, hash included), or an event
 * whose content no longer gives its hash (changed). With an anchor (a head written down earlier), an
 * intact chain must still hold that event with that hash: a chain rewritten from an event at or before
 * the anchor on, hashes recomputed, or cut short before it, no longer does.
 */
public final class ChainCheck {

    private final Map<String, Long> seen = new HashMap<>();
    private long last;
    private String lastHash = EventContent.GENESIS;
    private long count;
    private Optional<ChainVerdict.Broken> broken = Optional.empty();
    private final Optional<ChainHead> anchor;

    public ChainCheck() {
        this(Optional.empty());
    }

    /** @param anchor a head written down earlier, which the chain must still hold */
    public ChainCheck(Optional<ChainHead> anchor) {
        this.anchor = anchor;
        seen.put(EventContent.GENESIS, 0L);
    }

    public void accept(AuditEvent e) {
        if (broken.isEmpty()) {
            broken = check(e).or(() -> anchored(e.seq(), e.hash()));
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

    /** Empty unless this seq is the anchor's and its hash is not. */
    private Optional<ChainVerdict.Broken> anchored(long seq, String hash) {
        return anchor.filter(a -> a.seq() == seq && !a.sha256().equals(hash))
                .map(a -> new ChainVerdict.Broken(seq, Breach.HEAD_NOT_IN_CHAIN, "the anchored head " + a + " is not in the chain: event " + seq
                        + " now has hash " + hash + " (the chain was rewritten at or before event " + seq + ", every hash recomputed)"));
    }

    public static EventContent content(AuditEvent e) {
        return new EventContent(e.seq(), e.at(), e.actor(), e.action(), e.subjectKind(), e.subjectId(), e.entities(), e.reason(), e.before(),
                e.after());
    }

    public ChainVerdict verdict() {
        if (broken.isEmpty() && anchor.isPresent()) {
            ChainHead a = anchor.get();
            broken = a.seq() == 0 ? anchored(0, EventContent.GENESIS) : Optional.of(a).filter(x -> x.seq() > last)
                    .map(x -> new ChainVerdict.Broken(x.seq(), Breach.HEAD_NOT_IN_CHAIN, "the anchored head " + x
                            + " is not in the chain: it ends at event " + last + " (events were removed from its end, or it was rewritten)"));
        }
        return broken.<ChainVerdict>map(b -> b).orElse(new ChainVerdict.Intact(count, lastHash));
    }
}
