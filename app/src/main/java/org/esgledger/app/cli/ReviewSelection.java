package org.esgledger.app.cli;

import java.util.Optional;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.review.Selection;
import org.esgledger.engine.i18n.EsgException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code esg submit|approve|reject} act on: a FACT_ID, {@code --batch ID}, or {@code --entity/--indicator/--year}; and who acts. */
class ReviewSelection {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FACT_ID", description = "One fact (its id, as esg facts lists it).")
    String fact;

    @Option(names = "--batch", paramLabel = "ID", description = "One ledger batch (its id, as esg import prints it).")
    Long batch;

    @Option(names = "--entity", paramLabel = "CODE", description = "The facts of this entity (with --indicator, --year: all must match).")
    String entity;

    @Option(names = "--indicator", paramLabel = "CODE", description = "The facts of this indicator.")
    String indicator;

    @Option(names = "--year", paramLabel = "YEAR", description = "The facts of this fiscal year.")
    Integer year;

    @Option(names = "--by", paramLabel = "USER", description = "Who acts: a user of the workspace (default: the user your login is mapped to).")
    String by;

    /** One of the three kinds of selection; refused (zh+en) when none or more than one is given. */
    Selection selection() {
        boolean filter = entity != null || indicator != null || year != null;
        int kinds = (fact == null ? 0 : 1) + (batch == null ? 0 : 1) + (filter ? 1 : 0);
        if (kinds != 1) {
            throw new EsgException(AppMessages.of("review.filterRequired"));
        }
        if (fact != null) {
            return new Selection.Fact(fact.strip());
        }
        if (batch != null) {
            return new Selection.Batch(batch);
        }
        return new Selection.Filter(Optional.ofNullable(entity).map(String::strip), Optional.ofNullable(indicator).map(String::strip),
                Optional.ofNullable(year));
    }
}
