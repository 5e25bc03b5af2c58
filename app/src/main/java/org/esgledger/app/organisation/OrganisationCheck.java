package org.esgledger.app.organisation;

import java.util.List;

import org.esgledger.app.intake.Problem;
import org.esgledger.engine.organisation.ReportingEntity;

/**
 * What loading an organisation file would do, checked as {@code esg load entities} checks it and nothing written: the
 * entities it adds, the fields it changes of held ones, the held entities it leaves as they are, those held and not in the file
 * (kept: loading never removes an entity, its facts name it), and every problem with file, row and column.
 */
public record OrganisationCheck(String file, String sha256, List<ReportingEntity> added, List<EntityChange> changed,
                                List<String> unchanged, List<String> notInFile, List<Problem> problems) {

    public OrganisationCheck {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        unchanged = List.copyOf(unchanged);
        notInFile = List.copyOf(notInFile);
        problems = List.copyOf(problems);
    }

    /** True when the file may be loaded: no problem. */
    public boolean loadable() {
        return problems.isEmpty();
    }
}
