package org.esgledger.app.organisation;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private final OrganisationStore store;
    private final WorkspaceStore workspaceStore;

    Organisation(OrganisationStore store, WorkspaceStore workspaceStore) {
        this.store = store;
        this.workspaceStore = workspaceStore;
    }

    @Transactional(readOnly = true)
    public OrganisationTree tree() {
        return new OrganisationTree(store.entities());
    }

    /** Loads an organisation file; nothing is written if any row is wrong. */
    @Transactional
    public List<ReportingEntity> loadEntities(SourceFile file) {
        workspaceStore.requireSetUp();
        Problems problems = new Problems(file.shortName());
        List<EntityFile.Entry> entries = EntityFile.read(file, store.entities(), problems);
        problems.throwIfAny();
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
