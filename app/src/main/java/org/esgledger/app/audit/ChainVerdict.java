package org.esgledger.app.audit;

/** What {@code esg audit verify} found: the chain intact, or the first event where it breaks and how. */
public sealed interface ChainVerdict {

    /** Every event's hash recomputed matches, each links to the one before, no seq is missing. */
    record Intact(long events, String head) implements ChainVerdict {
    }

    /** The first event (by seq) at which the chain breaks. */
    record Broken(long seq, Breach breach, String detail) implements ChainVerdict {
    }

    enum Breach {
        /** The event's content no longer gives its hash: something in it was changed. */
        CONTENT_CHANGED,
        /** No event has this seq, or the event before it is not the one it was chained to: an event was removed. */
        EVENT_MISSING,
        /** The event at this seq is not linked to by the event after it: it was inserted. */
        EVENT_INSERTED,
        /** The chain is intact but no longer holds an anchored head (seq and hash written down earlier): it was rewritten or cut short. */
        HEAD_NOT_IN_CHAIN
    }
}
