package org.esgledger.app.readiness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Role;
import org.esgledger.app.calculation.YearInputs;
import org.esgledger.app.fact.FactGrid;
import org.esgledger.app.fact.GridRow;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.review.ReviewQueue;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.report.template.FigureRef;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is waiting for a user ({@link Waiting}): the rules are the modules' own. To review is {@link ReviewQueue#waiting}; to fix
 * is {@link ReviewQueue#returned} and {@link ReviewQueue#drafts}; to enter is, for a manager, the report template's figures
 * without value ({@link Readiness}), for a contributor the rows of the fact grid ({@link FactGrid#rows}) of every entity they
 * may enter facts for ({@link Permission#ENTER_FACTS}) that have no value in the year and may be entered.
 */
@Service
public class WaitingWork {

    private final Readiness readiness;
    private final ReviewQueue queue;
    private final FactGrid grid;
    private final YearInputs inputs;
    private final Organisation organisation;

    WaitingWork(Readiness readiness, ReviewQueue queue, FactGrid grid, YearInputs inputs, Organisation organisation) {
        this.readiness = readiness;
        this.queue = queue;
        this.grid = grid;
        this.inputs = inputs;
        this.organisation = organisation;
    }

    /** What waits for {@code by} in the fiscal year (the template at {@code template} for a manager's figures). */
    @Transactional(readOnly = true)
    public Waiting of(Actor by, int year, Path template) {
        boolean manager = by.has(Role.MANAGER);
        boolean enters = manager || by.has(Role.CONTRIBUTOR);
        List<Waiting.ToEnter> toEnter = manager ? missingFigures(by, year, template) : enters ? emptyRows(by, year) : List.of();
        Optional<Boolean> changed = manager ? inputs.changedSinceSnapshot(year) : Optional.empty();
        return new Waiting(enters, toEnter, queue.returned(by), queue.drafts(by), queue.waiting(by), changed);
    }

    private List<Waiting.ToEnter> missingFigures(Actor by, int year, Path template) {
        String root = organisation.tree().root().map(ReportingEntity::code).orElse("");
        return readiness.of(by, year, template).figures().open().stream()
                .filter(f -> f.state() == ReadinessReport.FigureState.MISSING)
                .map(f -> figure(f.ref(), root)).toList();
    }

    private static Waiting.ToEnter figure(String ref, String root) {
        try {
            FigureRef r = FigureRef.parse(ref);
            return new Waiting.ToEnter(r.entity().isEmpty() ? root : r.entity(), r.indicator(), r.breakdown(), Bilingual.of("", ""), ref);
        } catch (IllegalArgumentException e) {
            return new Waiting.ToEnter(root, "", "", Bilingual.of("", ""), ref);
        }
    }

    private List<Waiting.ToEnter> emptyRows(Actor by, int year) {
        List<Waiting.ToEnter> out = new ArrayList<>();
        for (ReportingEntity e : grid.entities(by)) {
            if (Authorisation.whyNot(by, Permission.ENTER_FACTS, List.of(Area.entity(e.code()))).isPresent()) {
                continue;
            }
            for (GridRow r : grid.rows(by, e.code(), year)) {
                if (r.current().isEmpty() && r.editable()) {
                    out.add(new Waiting.ToEnter(e.code(), r.key().indicator(), r.breakdown(), r.name(), ""));
                }
            }
        }
        return out;
    }
}
