package org.esgledger.app.intake;

import java.util.List;
import java.util.stream.Collectors;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;

/**
 * A file was refused: nothing from it (nor from the rest of the user action) was written. Carries
 * every problem found, not just the first.
 */
public final class LoadRejected extends EsgException {

    private final transient List<Problem> problems;

    public LoadRejected(String file, List<Problem> problems) {
        super(AppMessages.of("load.rejected", file, problems.size(),
                problems.stream().limit(20).map(p -> p.text().en()).collect(Collectors.joining("\n"))));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
