package org.esgledger.app.period;

/**
 * Whether a change is asked as a restatement of a locked year ({@code --restate --reason}), and why.
 * {@link #NONE} for an ordinary change.
 */
public record Restatement(boolean asked, String reason) {

    public static final Restatement NONE = new Restatement(false, "");

    public Restatement {
        reason = reason == null ? "" : reason.strip();
    }

    public static Restatement because(String reason) {
        return new Restatement(true, reason);
    }
}
