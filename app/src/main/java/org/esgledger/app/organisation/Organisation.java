package org.esgledger.app.organisation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.FileLoad;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.audit.UntilNextChange;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.organisation.internal.EntityDiff;
import org.esgledger.app.organisation.internal.EntityFile;
import org.esgledger.app.organisation.internal.OrganisationCsv;
import org.esgledger.app.organisation.internal.OrganisationStore;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporting entities as a tree, and the reporting periods (fiscal years and their months). */
@Service
public class Organisation {

    private static final UntilNextChange.Key TREE = new UntilNextChange.Key(Organisation.class, "tree");

    private final OrganisationStore store;
    private final WorkspaceStore workspaceStore;
    private final Authorisation authorisation;
    private final Changes changes;
    private final UntilNextChange kept;

    Organisation(OrganisationStore store, WorkspaceStore workspaceStore, Authorisation authorisation, Changes changes, UntilNextChange kept) {
        this.store = store;
        this.kept = kept;
        this.workspaceStore = workspaceStore;
        this.authorisation = authorisation;
        this.changes = changes;
    }

    /** The entities as a tree; kept until the next recorded change (every change of an entity is one: {@link #loadEntities}). */
    @Transactional(readOnly = true)
    public OrganisationTree tree() {
        return kept.get(TREE, () -> new OrganisationTree(List.copyOf(store.entities())));
    }

    /** The entities in tree order (depth first from the root), each with its depth and note: {@link Permission#READ} on the workspace. */
    @Transactional(readOnly = true)
    public List<OrganisationRow> rows(Actor reader) {
        authorisation.require(reader, Permission.READ, Action.READ, Area.WORKSPACE);
        OrganisationTree tree = tree();
        Map<String, String> notes = store.notes();
        return tree.root().map(r -> tree.subtree(r.code())).orElse(List.of()).stream()
                .map(e -> new OrganisationRow(e, tree.depth(e.code()), notes.getOrDefault(e.code(), ""))).toList();
    }

    /** The organisation as the file {@link #loadEntities} reads (docs/formats/entities.md), parents first; read as {@link #rows}. */
    @Transactional(readOnly = true)
    public byte[] csv(Actor reader) {
        return OrganisationCsv.write(rows(reader));
    }

    /** Refuses (recorded) whoever may not change the organisation: {@link Permission#CHANGE_ORGANISATION}, an admin or a manager. */
    public void requireChange(Actor by) {
        authorisation.require(by, Permission.CHANGE_ORGANISATION, Action.LOAD, Area.WORKSPACE);
    }

    /**
     * The dry run of {@link #loadEntities}: the same check of who and of every row, and what it would add and change; nothing
     * written. Loading the file is refused exactly when this lists a problem.
     */
    @Transactional(readOnly = true)
    public OrganisationCheck check(SourceFile file, Actor by) {
        workspaceStore.requireSetUp();
        requireChange(by);
        Problems problems = new Problems(file.shortName());
        List<ReportingEntity> held = store.entities();
        List<EntityFile.Entry> entries = EntityFile.read(file, held, problems);
        EntityDiff diff = EntityDiff.of(held, store.notes(), problems.isEmpty() ? entries : List.of());
        return new OrganisationCheck(file.shortName(), file.sha256(), diff.added(), diff.changed(), diff.unchanged(), diff.notInFile(),
                problems.list());
    }

    /** As {@link #loadEntities(SourceFile, Actor, String)} without a reason ({@code esg load entities}, the demo). */
    @Transactional
    public List<ReportingEntity> loadEntities(SourceFile file, Actor by) {
        return loadEntities(file, by, "");
    }

    /**
     * Loads an organisation file; nothing is written if any row is wrong. An admin's or a manager's change
     * ({@link Permission#CHANGE_ORGANISATION}), recorded as one {@code load} event (subject
     * {@code organisation entities}, touching the entities of the file) with what it added and replaced, and the reason given.
     */
    @Transactional
    public List<ReportingEntity> loadEntities(SourceFile file, Actor by, String reason) {
        workspaceStore.requireSetUp();
        requireChange(by);
        Problems problems = new Problems(file.shortName());
        List<ReportingEntity> held = store.entities();
        List<EntityFile.Entry> entries = EntityFile.read(file, held, problems);
        problems.throwIfAny();
        List<String> codes = entries.stream().map(e -> e.entity().code()).toList();
        FileLoad load = new FileLoad(file.shortName(), file.sha256(), entries.size(),
                held.stream().map(ReportingEntity::code).collect(Collectors.toSet()), codes, false);
        changes.record(by, Action.LOAD, Subject.of("organisation", "entities"), codes.stream().sorted().toList(), load.before(), load.after(),
                reason == null ? "" : reason);
        OrganisationTree tree = new OrganisationTree(mergedWith(entries));
        entries.stream().sorted(Comparator.comparingInt(e -> tree.depth(e.entity().code())))
                .forEach(e -> store.save(e.entity(), e.note()));
        return entries.stream().map(EntityFile.Entry::entity).toList();
    }

    private List<ReportingEntity> mergedWith(List<EntityFile.Entry> entries) {
        Map<String, ReportingEntity> merged = new LinkedHashMap<>();
        store.entities().forEach(e -> merged.put(e.code(), e));
        entries.forEach(e -> merged.put(e.entity().code(), e.entity()));
        return List.copyOf(merged.values());
    }

    /** Records a period; a fiscal year brings its twelve months with it. */
    @Transactional
    public void ensurePeriod(Period period) {
        store.savePeriod(period);
        if (period instanceof Period.FiscalYear year) {
            for (int m = 1; m <= 12; m++) {
                store.savePeriod(year.month(m));
            }
        }
    }

    @Transactional(readOnly = true)
    public List<String> periodCodes() {
        return store.periodCodes();
    }
}
