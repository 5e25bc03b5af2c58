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
import org.esgledger.app.organisation.internal.EntityFile;
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

    /**
     * Loads an organisation file; nothing is written if any row is wrong. An admin's or a manager's change
     * ({@link Permission#CHANGE_ORGANISATION}), recorded as one {@code load} event (subject
     * {@code organisation entities}, touching the entities of the file) with what it added and replaced.
     */
    @Transactional
    public List<ReportingEntity> loadEntities(SourceFile file, Actor by) {
        workspaceStore.requireSetUp();
        authorisation.require(by, Permission.CHANGE_ORGANISATION, Action.LOAD, Area.WORKSPACE);
        Problems problems = new Problems(file.shortName());
        List<ReportingEntity> held = store.entities();
        List<EntityFile.Entry> entries = EntityFile.read(file, held, problems);
        problems.throwIfAny();
        List<String> codes = entries.stream().map(e -> e.entity().code()).toList();
        FileLoad load = new FileLoad(file.shortName(), file.sha256(), entries.size(),
                held.stream().map(ReportingEntity::code).collect(Collectors.toSet()), codes, false);
        changes.record(by, Action.LOAD, Subject.of("organisation", "entities"), codes.stream().sorted().toList(), load.before(), load.after(), "");
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
