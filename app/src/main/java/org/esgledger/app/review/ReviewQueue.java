package org.esgledger.app.review;

import java.util.List;
import java.util.Optional;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.review.internal.QueueStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queues (docs/web.md): what waits for a reviewer (the submitted facts and batches they may approve or reject: a
 * manager all, a reviewer those of their scope, by {@link Authorisation#whyNot} with {@link Permission#REVIEW}), and what came
 * back to a contributor (the facts they entered and the batches they imported that a reviewer rejected, with the reason).
 */
@Service
public class ReviewQueue {

    private final QueueStore store;

    ReviewQueue(QueueStore store) {
        this.store = store;
    }

    /** The submitted facts and batches this user may approve or reject. */
    @Transactional(readOnly = true)
    public Queue waiting(Actor by) {
        List<QueuedFact> facts = store.facts("submitted", Optional.empty()).stream()
                .filter(f -> may(by, Area.entity(f.entity()))).toList();
        List<QueuedBatch> batches = store.batches("submitted", Optional.empty()).stream()
                .filter(b -> may(by, Area.ledger(b.kind()))).toList();
        return new Queue(facts, batches);
    }

    /** The facts this user entered and the batches they imported that were rejected, each with the reviewer's reason. */
    @Transactional(readOnly = true)
    public Queue returned(Actor by) {
        return new Queue(store.facts("rejected", Optional.of(by.name())), store.batches("rejected", Optional.of(by.name())));
    }

    /** The facts this user entered and the batches they imported that are still drafts (not yet submitted). */
    @Transactional(readOnly = true)
    public Queue drafts(Actor by) {
        return new Queue(store.facts("draft", Optional.of(by.name())), store.batches("draft", Optional.of(by.name())));
    }

    private static boolean may(Actor by, Area area) {
        return Authorisation.whyNot(by, Permission.REVIEW, List.of(area)).isEmpty();
    }
}
