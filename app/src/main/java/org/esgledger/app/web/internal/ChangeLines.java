package org.esgledger.app.web.internal;

import java.util.List;
import java.util.Locale;

import org.esgledger.app.calculation.Change;
import org.esgledger.app.calculation.ComputeResult;

/**
 * What a computation did, as the compute page shows it: the outcome ({@code created}, {@code unchanged}, {@code frozen}), the
 * snapshot compared with, the changed inputs (each with how it changed, which the page labels in the user's language) and
 * the values that moved (old → new, the difference, the inputs that moved it, and whether the value is computed now, so
 * that the page links it to the figure explorer).
 */
record ChangeLines(String outcome, long snapshot, boolean compared, long since, List<Input> inputs, List<Change> values) {

    /** A changed input: {@code added}, {@code removed} or {@code changed}, and what it is. */
    record Input(String how, String what) {

        static Input of(String line) {
            for (String how : List.of("added", "removed", "changed")) {
                if (line.startsWith(how + ": ")) {
                    return new Input(how, line.substring(how.length() + 2));
                }
            }
            return new Input("", line);
        }
    }

    static ChangeLines of(ComputeResult r) {
        String outcome = r.outcome().name().toLowerCase(Locale.ROOT);
        return r.changes().map(c -> new ChangeLines(outcome, r.snapshot().id(), true, c.since(), c.inputs().stream().map(Input::of).toList(),
                c.values())).orElseGet(() -> new ChangeLines(outcome, r.snapshot().id(), false, 0, List.of(), List.of()));
    }
}
