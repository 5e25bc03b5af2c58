package org.esgledger.app.review.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.i18n.Message;

/**
 * The review rules, each a small function saying why a step may not be taken (empty when it may):
 * draft or rejected can be submitted; only submitted can be approved or rejected; a rejection needs
 * a reason; with four-eyes on, nobody approves what they entered or imported; a computed fact is
 * approved only once every ledger batch it counts is approved.
 */
public final class Transitions {

    private Transitions() {
    }

    /** A review step: the statuses it starts from and the status it leads to. */
    public enum Step {
        SUBMIT(EnumSet.of(FactStatus.DRAFT, FactStatus.REJECTED), FactStatus.SUBMITTED),
        APPROVE(EnumSet.of(FactStatus.SUBMITTED), FactStatus.APPROVED),
        REJECT(EnumSet.of(FactStatus.SUBMITTED), FactStatus.REJECTED);

        private final Set<FactStatus> from;
        private final FactStatus to;

        Step(Set<FactStatus> from, FactStatus to) {
            this.from = from;
            this.to = to;
        }

        public Set<FactStatus> from() {
            return from;
        }

        public FactStatus to() {
            return to;
        }

        public String code() {
            return Codes.code(this);
        }
    }

    /** Why this actor may not take this step on this target, or empty. */
    public static Optional<Message> whyNot(Step step, Target t, Actor actor, String reason, boolean fourEyes) {
        return state(step, t)
                .or(() -> reason(step, reason))
                .or(() -> fourEyes(step, t, actor, fourEyes))
                .or(() -> inputsApproved(step, t));
    }

    static Optional<Message> state(Step step, Target t) {
        if (step.from().contains(t.status())) {
            return Optional.empty();
        }
        return Optional.of(AppMessages.of("review.wrongState", t.subjectKind() + " " + t.id(), Codes.code(t.status()), step.code(),
                String.join(", ", step.from().stream().map(Codes::code).toList())));
    }

    static Optional<Message> reason(Step step, String reason) {
        boolean missing = reason == null || reason.isBlank();
        return step == Step.REJECT && missing ? Optional.of(AppMessages.of("review.reasonRequired")) : Optional.empty();
    }

    static Optional<Message> fourEyes(Step step, Target t, Actor actor, boolean fourEyes) {
        boolean own = actor.name().equals(t.enteredBy());
        return step == Step.APPROVE && fourEyes && own
                ? Optional.of(AppMessages.of("review.fourEyes", actor.name(), t.subjectKind() + " " + t.id()))
                : Optional.empty();
    }

    static Optional<Message> inputsApproved(Step step, Target t) {
        return step == Step.APPROVE && t.unapprovedInputs() > 0
                ? Optional.of(AppMessages.of("review.inputsNotApproved", t.id(), String.valueOf(t.unapprovedInputs())))
                : Optional.empty();
    }
}
