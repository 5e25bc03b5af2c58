package org.esgledger.app.evidence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A comment on a fact, a batch or a row: who, when, what. */
public record CommentView(long id, Reference on, String text, String by, Instant at) {

    /** One line for {@code esg explain} and the lineage page: who, when, the text (line breaks shown as ↵). */
    public String line() {
        return "comment #" + id + " on " + on.describe() + " by " + by + " at " + at.truncatedTo(ChronoUnit.SECONDS) + ": "
                + text.replaceAll("\\R", " ↵ ");
    }
}
