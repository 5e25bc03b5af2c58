package org.esgledger.app.readiness;

import java.util.List;
import java.util.Optional;

import org.esgledger.app.review.Queue;
import org.esgledger.engine.i18n.Bilingual;

/**
 * What is waiting for one user (the dashboard): values to enter, their own work to fix (returned by a reviewer, with the
 * reason, or still draft), what they may review, and for a manager whether the year needs computing.
 *
 * @param enters        whether the user enters values at all (a manager, a contributor); else {@code toEnter} is empty
 * @param toEnter       a contributor's fact-grid rows without value in the year (entities they may enter for); a manager's
 *                      report-template figures without value
 * @param returned      the facts they entered and batches they imported that a reviewer rejected
 * @param drafts        the facts they entered and batches they imported not yet submitted
 * @param toReview      the submitted facts and batches they may approve or reject ({@code ReviewQueue.waiting})
 * @param inputsChanged for a manager: whether the year's inputs changed since its snapshot; empty for others or without one
 */
public record Waiting(boolean enters, List<ToEnter> toEnter, Queue returned, Queue drafts, Queue toReview,
                      Optional<Boolean> inputsChanged) {

    public Waiting {
        toEnter = List.copyOf(toEnter);
    }

    /**
     * A value to enter: the fact-grid row (entity, indicator, breakdown) where it is done.
     *
     * @param name the indicator's name (empty for a template figure, which the reference names)
     * @param ref  the template's reference for a report figure; empty for a grid row
     */
    public record ToEnter(String entity, String indicator, String breakdown, Bilingual name, String ref) {
    }
}
