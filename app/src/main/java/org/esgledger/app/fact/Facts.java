package org.esgledger.app.fact;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.audit.Area;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.internal.FactFile;
import org.esgledger.app.fact.internal.FactQueries;
import org.esgledger.app.fact.internal.FactRestatements;
import org.esgledger.app.fact.internal.FactStore;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.period.Locks;
import org.esgledger.app.period.RestatedValue;
import org.esgledger.app.period.Restatement;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.Origin;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Facts: loading fact files and reading facts back. */
@Service
public class Facts {

    private final FactStore store;
    private final WorkspaceStore workspaceStore;
    private final FactQueries queries;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Changes changes;
    private final Authorisation authorisation;
    private final Clock clock;
    private final Locks locks;

    Facts(FactStore store, FactQueries queries, Catalogue catalogue, Organisation organisation, WorkspaceStore workspaceStore,
          Changes changes, Authorisation authorisation, Locks locks, Optional<Clock> clock) {
        this.locks = locks;
        this.workspaceStore = workspaceStore;
        this.store = store;
        this.changes = changes;
        this.authorisation = authorisation;
        this.queries = queries;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * Loads a fact file as one unit: every row is checked first; if any is wrong nothing is
     * written and {@link org.esgledger.app.intake.LoadRejected} lists every problem with its row
     * and column. A locked fact is never replaced. The actor must be allowed to enter facts for
     * every entity of the file; the load is recorded in the audit trail, and every fact whose value
     * changed gets a new version in its history.
     *
     * @param by who loads the file (recorded as the facts' provenance)
     */
    @Transactional
    public LoadedFile load(SourceFile file, Actor by) {
        return load(file, by, indicator -> true);
    }

    /**
     * Loads the rows of a fact file whose indicator {@code take} accepts (the demo leaves out the
     * printed values of derived indicators, which are computed by formula); every row is checked.
     */
    @Transactional
    public LoadedFile load(SourceFile file, Actor by, Predicate<String> take) {
        return load(file, by, take, Restatement.NONE);
    }

    /**
     * Loads a fact file whose rows may fall in a locked year: refused unless asked as a restatement
     * with a reason ({@link Locks#requireOpen}); each fact of a locked year whose value changes is
     * kept as a restated figure (published value, new value, reason).
     */
    @Transactional
    public LoadedFile load(SourceFile file, Actor by, Restatement restatement) {
        return load(file, by, indicator -> true, restatement);
    }

    private LoadedFile load(SourceFile file, Actor by, Predicate<String> take, Restatement restatement) {
        workspaceStore.requireSetUp();
        Problems problems = new Problems(file.shortName());
        List<FactFile.Entry> entries = FactFile.read(file, context(), problems).stream()
                .filter(e -> take.test(e.key().indicator())).toList();
        for (FactFile.Entry e : entries) {
            if (locked(e.key())) {
                problems.add(e.line(), "", "fact.locked", e.key());
            }
        }
        problems.throwIfAny();
        List<String> entities = entries.stream().map(e -> e.key().entity()).distinct().sorted().toList();
        authorisation.require(by, Permission.ENTER_FACTS, Action.LOAD, entities.stream().map(Area::entity).toList());
        locks.requireOpen(by, Action.LOAD, entries.stream().map(e -> e.key().period().fiscalYear()).distinct().toList(), restatement);
        FactRestatements restated = FactRestatements.before(store, locks, entries.stream().map(FactFile.Entry::key).toList());
        Instant now = clock.instant();
        long fileId = store.saveSourceFile("facts", file.shortName(), file.sha256(), entries.size(), by.name(), now);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", file.shortName());
        after.put("sha256", file.sha256());
        after.put("facts", entries.size());
        long seq = changes.record(by, Action.LOAD, Subject.of("source_file", fileId), entities, Map.of(), after, "");
        entries.stream().map(e -> e.key().period()).distinct().forEach(organisation::ensurePeriod);
        int inserted = 0;
        for (FactFile.Entry e : entries) {
            if (store.save(e, Origin.IMPORTED, fileId, by.name(), now)) {
                inserted++;
            }
        }
        store.keepVersions(entries.stream().map(e -> e.key().id()).toList(), seq);
        restated.keep(locks, changes, by, restatement, now);
        return new LoadedFile(file.shortName(), file.sha256(), entries.size(), inserted, entries.size() - inserted);
    }

    /**
     * Records what a report printed (ADR 0006): the file is checked like a fact file and stored as
     * the report's published figures, apart from the system's facts.
     */
    @Transactional
    public int publish(SourceFile file, String report) {
        Problems problems = new Problems(file.shortName());
        List<FactFile.Entry> entries = FactFile.read(file, context(), problems);
        problems.throwIfAny();
        entries.stream().map(e -> e.key().period()).distinct().forEach(organisation::ensurePeriod);
        store.publish(report, entries);
        return entries.size();
    }

    /**
     * Stores values computed from ledgers (origin {@code computed}, status draft), replacing entered or imported values of
     * the same key, with their source rows; locked facts are left as they are and returned. Recorded as caused by
     * {@code cause} (the importing batch); each changed fact gets a new version, and of a locked year a restatement.
     */
    @Transactional
    public List<FactKey> putComputed(List<ComputedFact> computed, Actor by, Subject cause, Restatement restatement) {
        Instant now = clock.instant();
        List<String> entities = computed.stream().map(c -> c.key().entity()).distinct().sorted().toList();
        FactRestatements restated = FactRestatements.before(store, locks, computed.stream().map(ComputedFact::key).toList());
        long seq = changes.record(by, Action.FACTS_FROM_LEDGER, cause, entities, Map.of(), Map.of("facts", computed.size()), "");
        List<FactKey> locked = new ArrayList<>();
        computed.stream().map(c -> c.key().period()).distinct().forEach(organisation::ensurePeriod);
        for (ComputedFact c : computed) {
            if (locked(c.key())) {
                locked.add(c.key());
                continue;
            }
            store.saveComputed(c, by.name(), now);
        }
        store.keepVersions(computed.stream().map(c -> c.key().id()).toList(), seq);
        restated.keep(locks, changes, by, restatement, now);
        return locked;
    }

    /**
     * Refuses ({@link Locks#requireOpen}, recorded) values computed from ledgers that would change a fact of a locked year,
     * unless asked as a restatement with a reason; call it before the change records anything.
     */
    @Transactional
    public void requireOpen(List<ComputedFact> computed, Actor by, Action action, Restatement restatement) {
        List<Integer> years = computed.stream().filter(c -> locks.locked(c.key().period().fiscalYear()))
                .filter(c -> !store.value(c.key().id()).sameAs(new RestatedValue(c.value(), null, c.unit())))
                .map(c -> c.key().period().fiscalYear()).distinct().toList();
        locks.requireOpen(by, action, years, restatement);
    }

    @Transactional(readOnly = true)
    public List<FactView> list(Optional<Integer> fiscalYear) {
        return queries.list(fiscalYear, catalogue::units);
    }

    /** A locked fact is never replaced, by a file or a computation. */
    private boolean locked(FactKey key) {
        return store.status(key.id()).filter(s -> s == FactStatus.LOCKED).isPresent();
    }

    /**
     * Figures computed from ledger rows that could not be computed (no emission factor applies to
     * the rows' year or region), each with the reason in {@link FactView#notAvailable()}: what needs
     * a factor added or pinned.
     */
    @Transactional(readOnly = true)
    public List<FactView> notAvailable(Optional<Integer> fiscalYear) {
        return list(fiscalYear).stream().filter(f -> f.notAvailable().isPresent()).toList();
    }

    /** What a report printed, in report order. */
    @Transactional(readOnly = true)
    public List<PublishedFigure> published(String report, Optional<Integer> fiscalYear) {
        return queries.published(report, fiscalYear, catalogue.units());
    }

    /** The reports whose printed figures are recorded. */
    @Transactional(readOnly = true)
    public List<String> reports() {
        return store.reports();
    }

    /** The first {@code limit} ledger rows a computed fact counts, and how many there are in all. */
    @Transactional(readOnly = true)
    public SourceRows sourceRows(String factId, int limit) {
        return new SourceRows(store.sourceRows(factId, limit), store.sourceRowCount(factId));
    }

    private FactFile.Context context() {
        return new FactFile.Context(catalogue.indicatorsByCode(), catalogue.dimensions(), organisation.tree(), catalogue.units());
    }

    /** Every value the fact ever held, oldest first, with who, when and why. */
    @Transactional(readOnly = true)
    public List<FactVersion> history(String factId) {
        return queries.history(factId);
    }

    /** Adds a version to each fact's history for a change of its review status, written by {@code by} at {@code at} (audit event {@code seq}). */
    @Transactional
    public void keepStatusVersions(List<String> factIds, long seq, String by, Instant at) {
        store.keepStatusVersions(factIds, seq, by, at);
    }

    /** Those of these facts approved by the person who entered them (the four-eyes rule was off): lineage and render report say so. */
    @Transactional(readOnly = true)
    public Set<String> approvedByEntrant(Collection<String> factIds) {
        return store.approvedByEntrant(factIds);
    }

    @Transactional(readOnly = true)
    public long count() {
        return store.count();
    }
}
