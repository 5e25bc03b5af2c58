package org.esgledger.engine.target;

import java.math.BigDecimal;

import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.i18n.Message;

/** Where a target stands for a year: achieved, not achieved, in progress, or not evaluable and why. */
public sealed interface TargetStatus permits TargetStatus.Achieved, TargetStatus.NotAchieved, TargetStatus.InProgress,
        TargetStatus.NotEvaluable {

    /** Which of the four it is, without its figures: what a snapshot stores and people filter by. */
    State state();

    /** The state as written in files and output: {@code achieved}, {@code not_achieved}, {@code in_progress}, {@code not_evaluable}. */
    default String code() {
        return Codes.code(state());
    }

    Message explanation();

    /** The four target statuses as codes. */
    enum State {
        ACHIEVED, NOT_ACHIEVED, IN_PROGRESS, NOT_EVALUABLE;

        /** Achieved or not: the target could be judged this year. */
        public boolean judged() {
            return this == ACHIEVED || this == NOT_ACHIEVED;
        }

        public static State parse(String text) {
            return Codes.parse(State.class, text);
        }
    }

    /** The actual meets the threshold; {@code actual} in the target's unit. */
    record Achieved(BigDecimal actual, String unit, Message explanation) implements TargetStatus {
        public State state() {
            return State.ACHIEVED;
        }
    }

    record NotAchieved(BigDecimal actual, String unit, Message explanation) implements TargetStatus {
        public State state() {
            return State.NOT_ACHIEVED;
        }
    }

    /** The target's year has not come yet, or a trend without a comparable prior year. */
    record InProgress(Message explanation) implements TargetStatus {
        public State state() {
            return State.IN_PROGRESS;
        }
    }

    /** No data or no metric to judge it by, with the reason (e.g. no energy data). */
    record NotEvaluable(Message explanation) implements TargetStatus {
        public State state() {
            return State.NOT_EVALUABLE;
        }
    }
}
