package org.esgledger.app.fact;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.internal.FactFile;
import org.esgledger.app.fact.internal.FactStore;
import org.esgledger.app.fact.internal.GridQueries;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.period.Locks;
import org.esgledger.app.period.Restatement;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.FactValue;
import org.esgledger.engine.fact.Origin;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One value entered or changed in the fact grid (docs/web.md), in one transaction: the user must be allowed to enter facts for
 * the entity ({@link Permission#ENTER_FACTS}, as {@code esg load facts}); the value is checked as a row of a fact file is (every
 * problem thrown as {@link org.esgledger.app.intake.LoadRejected}, by column, nothing written); a value submitted for review,
 * computed from ledger rows or of a locked year is refused (recorded). The value is stored as a draft entered by the user (origin
 * {@code entered}), recorded as {@code fact_enter} or {@code fact_edit} with value, unit and status before and after, and kept as a
 * new version in the fact's history. A value entered over an approved one goes back to draft, to be reviewed again.
 */
@Service
public class FactEntries {

    /** Where the problems of an entered value say they are (the grid shows each at its cell). */
    public static final String SOURCE = "fact grid";

    private final FactStore store;
    private final GridQueries queries;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final WorkspaceStore workspace;
    private final Authorisation authorisation;
    private final Changes changes;
    private final Locks locks;
    private final Clock clock;

    FactEntries(FactStore store, GridQueries queries, Catalogue catalogue, Organisation organisation, WorkspaceStore workspace,
                Authorisation authorisation, Changes changes, Locks locks, Optional<Clock> clock) {
        this.store = store;
        this.queries = queries;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.workspace = workspace;
        this.authorisation = authorisation;
        this.changes = changes;
        this.locks = locks;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Stores the value as a draft; returns the fact's id. */
    @Transactional
    public String enter(Actor by, EnteredValue v) {
        workspace.requireSetUp();
        authorisation.require(by, Permission.ENTER_FACTS, Action.FACT_ENTER, Area.entity(v.entity()));
        Problems problems = new Problems(SOURCE);
        Optional<FactFile.Entry> checked = FactFile.row(row(v), new FactFile.Context(catalogue.indicatorsByCode(), catalogue.dimensions(),
                organisation.tree(), catalogue.units()), problems);
        problems.throwIfAny();
        FactFile.Entry entry = checked.orElseThrow();
        if (!entry.key().entity().equals(v.entity())) {
            throw new EsgException(AppMessages.of("entity.unknown", v.entity()));
        }
        String id = entry.key().id();
        Optional<GridQueries.GridFact> before = queries.fact(id);
        Action action = before.isPresent() ? Action.FACT_EDIT : Action.FACT_ENTER;
        Subject subject = Subject.of("fact", id);
        before.flatMap(f -> whyNot(id, f.cell())).ifPresent(why -> refuse(by, action, subject, why));
        locks.requireOpen(by, action, List.of(v.year()), Restatement.NONE);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("value", entry.value().plain());
        after.put("unit", entry.value() instanceof FactValue.Amount a ? a.quantity().unit().code() : "");
        after.put("status", Codes.code(FactStatus.DRAFT));
        long seq = changes.record(by, action, subject, List.of(entry.key().entity()), before.map(f -> was(f.cell())).orElse(Map.of()),
                after, v.note());
        organisation.ensurePeriod(entry.key().period());
        Instant now = clock.instant();
        store.save(entry, Origin.ENTERED, null, by.name(), now);
        store.keepVersions(List.of(id), seq);
        return id;
    }

    private static CsvTable.Row row(EnteredValue v) {
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("indicator", v.indicator());
        cells.put("entity", v.entity());
        cells.put("period", String.valueOf(v.year()));
        cells.put("breakdown", v.breakdown());
        cells.put("nature", v.nature());
        cells.put("value", v.value());
        cells.put("unit", v.unit());
        cells.put("status", Codes.code(FactStatus.DRAFT));
        cells.put("note", v.note());
        return new CsvTable.Row(1, cells);
    }

    private static Optional<Message> whyNot(String id, GridCell c) {
        if (c.status() == FactStatus.LOCKED) {
            return Optional.of(AppMessages.of("fact.locked", id));
        }
        if (c.status() == FactStatus.SUBMITTED) {
            return Optional.of(AppMessages.of("fact.entrySubmitted", id));
        }
        return c.computed() ? Optional.of(AppMessages.of("fact.entryComputed", id)) : Optional.empty();
    }

    private static Map<String, Object> was(GridCell c) {
        return Map.of("value", c.value(), "unit", c.unit(), "status", Codes.code(c.status()));
    }

    private void refuse(Actor by, Action action, Subject subject, Message why) {
        changes.refused(by.name(), action, subject, why);
        throw new EsgException(why);
    }
}
