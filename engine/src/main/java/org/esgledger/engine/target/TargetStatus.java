package org.esgledger.engine.target;

import java.math.BigDecimal;

import org.esgledger.engine.i18n.Message;

/** Where a target stands for a year: achieved, not achieved, in progress, or not evaluable and why. */
public sealed interface TargetStatus permits TargetStatus.Achieved, TargetStatus.NotAchieved, TargetStatus.InProgress,
        TargetStatus.NotEvaluable {

    String code();

    Message explanation();

    /** The actual meets the threshold; {@code actual} in the target's unit. */
    record Achieved(BigDecimal actual, String unit, Message explanation) implements TargetStatus {
        public String code() {
            return "achieved";
        }
    }

    record NotAchieved(BigDecimal actual, String unit, Message explanation) implements TargetStatus {
        public String code() {
            return "not_achieved";
        }
    }

    /** The target's year has not come yet, or a trend without a comparable prior year. */
    record InProgress(Message explanation) implements TargetStatus {
        public String code() {
            return "in_progress";
        }
    }

    /** No data or no metric to judge it by, with the reason (e.g. no energy data). */
    record NotEvaluable(Message explanation) implements TargetStatus {
        public String code() {
            return "not_evaluable";
        }
    }
}
