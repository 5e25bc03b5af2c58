package org.esgledger.app.readiness;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.ReadableFigures;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.ledger.LedgerCoverage;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.period.Locks;
import org.esgledger.app.readiness.internal.ApprovedShares;
import org.esgledger.app.readiness.internal.DraftTrace;
import org.esgledger.app.readiness.internal.ReadinessCache;
import org.esgledger.app.report.TemplateFigure;
import org.esgledger.app.report.TemplateFigures;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.organisation.OrganisationTree;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ESG manager's readiness view of a fiscal year ({@code esg status}; docs/readiness.md): every
 * number comes from the modules' read-only queries, in one read-only transaction, the year's period
 * lock included (read from {@link Locks}).
 */
@Service
public class Readiness {

    private final Organisation organisation;
    private final Ledgers ledgers;
    private final Facts facts;
    private final Calculations calculations;
    private final TemplateFigures templateFigures;
    private final Locks locks;
    private final ReadableFigures readableFigures;
    private final Changes changes;
    private final ReadinessCache<ReadinessReport> cache = new ReadinessCache<>();

    Readiness(Organisation organisation, Ledgers ledgers, Facts facts, Calculations calculations, TemplateFigures templateFigures,
              Locks locks, ReadableFigures readableFigures, Changes changes) {
        this.readableFigures = readableFigures;
        this.changes = changes;
        this.locks = locks;
        this.organisation = organisation;
        this.ledgers = ledgers;
        this.facts = facts;
        this.calculations = calculations;
        this.templateFigures = templateFigures;
    }

    /** The latest fiscal year the workspace has periods for (facts, ledgers, snapshots create them); empty when it has none. */
    @Transactional(readOnly = true)
    public Optional<Integer> latestYear() {
        return organisation.periodCodes().stream().map(c -> Period.parse(c).fiscalYear()).max(Integer::compare);
    }

    /** The readiness of a year, with the figures of the template at {@code template} (or the starter template when none is there for the year). */
    @Transactional(readOnly = true)
    public ReadinessReport of(int year, Path template) {
        Map<FactStatus, Long> byStatus = new EnumMap<>(FactStatus.class);
        for (FactStatus s : FactStatus.values()) {
            byStatus.put(s, 0L);
        }
        Map<String, FactStatus> statuses = new HashMap<>();
        facts.list(Optional.empty()).forEach(f -> statuses.put(f.id(), f.status()));
        facts.list(Optional.of(year)).forEach(f -> byStatus.merge(f.status(), 1L, Long::sum));
        Optional<SnapshotView> snapshot = calculations.current(year);
        Map<String, SnapshotValue> values = new HashMap<>();
        snapshot.ifPresent(s -> calculations.values(s.id()).forEach(v -> values.put(v.factId(), v)));
        long computed = values.values().stream().filter(v -> !statuses.containsKey(v.factId())).count();
        ReadinessReport.Figures figures = figures(templateFigures.of(year, template), new DraftTrace(values, statuses), organisation.tree());
        return new ReadinessReport(year, entities(organisation.tree()), ledgers.coverage(), byStatus, computed, figures,
                snapshot.map(Readiness::snapshot), findings(snapshot), locks.lockOf(year));
    }

    /**
     * The readiness a reader may see (the dashboard): all of it for an admin, a manager or an auditor; for a contributor or
     * a reviewer the ledgers of their kinds, the stored facts and computed values of the entities they may read
     * ({@link ReadableFigures}), and neither the template's figures nor the findings, which concern the whole group.
     */
    @Transactional(readOnly = true)
    public ReadinessReport of(Actor reader, int year, Path template) {
        if (ReadableFigures.readsEverything(reader)) {
            return cache.get(ReadinessCache.Key.of(year, template, changes.head().seq()), () -> of(year, template));
        }
        Predicate<String> entities = readableFigures.readableEntities(reader);
        Map<FactStatus, Long> byStatus = new EnumMap<>(FactStatus.class);
        Arrays.stream(FactStatus.values()).forEach(s -> byStatus.put(s, 0L));
        facts.list(Optional.of(year)).stream().filter(f -> entities.test(f.key().entity()))
                .forEach(f -> byStatus.merge(f.status(), 1L, Long::sum));
        Set<String> stored = new HashSet<>();
        facts.list(Optional.empty()).forEach(f -> stored.add(f.id()));
        Optional<SnapshotView> snapshot = calculations.current(year);
        long computed = snapshot.map(s -> readableFigures.values(reader, s.id()).stream().filter(v -> !stored.contains(v.factId())).count())
                .orElse(0L);
        List<LedgerCoverage> ledgerKinds = ledgers.coverage().stream().filter(l -> ReadableFigures.readsLedger(reader, l.kind())).toList();
        ReadinessReport.Figures none = new ReadinessReport.Figures("", 0, 0, List.of(), List.of());
        return new ReadinessReport(year, entities(organisation.tree()), ledgerKinds, byStatus, computed, none,
                snapshot.map(Readiness::snapshot), Map.of(), locks.lockOf(year));
    }

    private static ReadinessReport.Entities entities(OrganisationTree tree) {
        int levels = tree.entities().stream().mapToInt(e -> tree.depth(e.code()) + 1).max().orElse(0);
        return new ReadinessReport.Entities(tree.entities().size(), levels);
    }

    private static ReadinessReport.Figures figures(TemplateFigures.Used used, DraftTrace drafts, OrganisationTree tree) {
        List<ReadinessReport.Figure> open = new ArrayList<>();
        Map<String, int[]> chapters = new LinkedHashMap<>();
        Map<String, int[]> entities = new HashMap<>();
        for (TemplateFigure f : used.figures()) {
            int[] counts = chapters.computeIfAbsent(f.chapter(), c -> new int[4]);
            int[] entity = entities.computeIfAbsent(ApprovedShares.entityOf(f, drafts, tree), e -> new int[2]);
            counts[0]++;
            entity[0]++;
            if (f.missing()) {
                counts[1]++;
                open.add(new ReadinessReport.Figure(f.ref(), f.chapter(), f.section(), ReadinessReport.FigureState.MISSING));
            } else if (drafts.onlyDraft(f.factId())) {
                counts[2]++;
                open.add(new ReadinessReport.Figure(f.ref(), f.chapter(), f.section(), ReadinessReport.FigureState.DRAFT));
            } else if (drafts.approved(f.factId())) {
                counts[3]++;
                entity[1]++;
            }
        }
        List<ReadinessReport.Chapter> perChapter = new ArrayList<>();
        chapters.forEach((id, c) -> perChapter.add(new ReadinessReport.Chapter(id, used.chapterTitle(id), c[0], c[1], c[2], c[3])));
        return new ReadinessReport.Figures(used.source(), used.figures().size(), used.toWrite(), open, perChapter,
                ApprovedShares.perEntity(entities, tree));
    }

    private static ReadinessReport.Snapshot snapshot(SnapshotView s) {
        return new ReadinessReport.Snapshot(s.id(), s.computedAt(), s.computedBy(), s.frozen(), s.frozenAt(), s.frozenBy());
    }

    private Map<Severity, Long> findings(Optional<SnapshotView> snapshot) {
        if (snapshot.isEmpty()) {
            return Map.of();
        }
        Map<Severity, Long> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0L);
        }
        for (FindingView f : calculations.findings(snapshot.get().id())) {
            out.merge(f.severity(), 1L, Long::sum);
        }
        return out;
    }
}
