package org.esgledger.app.readiness;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.ReadableFigures;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.readiness.internal.KeyFigures;
import org.esgledger.app.readiness.internal.ReadinessCache;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard of a fiscal year for one reader ({@link Dashboard}, docs/web.md): kept per reader until the next recorded change
 * (the audit chain's head, which every write moves) or a change of the template file, as the readiness is, so that the page stays
 * quick under load. The group's findings and key figures go to an admin, a manager or an auditor only; the last changes are
 * everyone's for them, one's own for the others.
 */
@Service
public class Dashboards {

    /** Findings listed (the page says how many there are in all). */
    static final int FINDINGS = 20;
    /** Audit events listed. */
    static final int RECENT = 10;

    private final Readiness readiness;
    private final WaitingWork waiting;
    private final Calculations calculations;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Changes changes;
    private final ReadinessCache<Dashboard> cache = new ReadinessCache<>(64);

    Dashboards(Readiness readiness, WaitingWork waiting, Calculations calculations, Catalogue catalogue, Organisation organisation,
               Changes changes) {
        this.readiness = readiness;
        this.waiting = waiting;
        this.calculations = calculations;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.changes = changes;
    }

    @Transactional(readOnly = true)
    public Dashboard of(Actor reader, int year, Path template) {
        long head = changes.head().seq();
        return cache.get(ReadinessCache.Key.of(year, template, head, reader.toString()), () -> compose(reader, year, template));
    }

    private Dashboard compose(Actor reader, int year, Path template) {
        ReadinessReport report = readiness.of(reader, year, template);
        Waiting work = waiting.of(reader, year, template);
        boolean all = ReadableFigures.readsEverything(reader);
        List<AuditEvent> recent = changes.latest(all ? Optional.empty() : Optional.of(reader.name()), RECENT);
        Optional<SnapshotView> snapshot = calculations.current(year);
        if (!all || snapshot.isEmpty()) {
            return new Dashboard(report, work, List.of(), 0, List.of(), recent);
        }
        Map<Integer, List<SnapshotValue>> byYear = new TreeMap<>();
        for (int y = year - 2; y <= year; y++) {
            calculations.current(y).ifPresent(s -> byYear.put(s.fiscalYear(), calculations.values(s.id())));
        }
        Map<String, String> factIds = new HashMap<>();
        byYear.getOrDefault(year, List.of()).forEach(v -> factIds.put(v.key(), v.factId()));
        List<FindingView> every = calculations.findings(snapshot.get().id());
        List<Dashboard.FindingLink> findings = every.stream().limit(FINDINGS).map(f -> new Dashboard.FindingLink(f.rule(), f.severity(),
                f.subject(), f.message(), Optional.ofNullable(factIds.get(f.subject())))).toList();
        String root = organisation.tree().root().map(ReportingEntity::code).orElse("");
        return new Dashboard(report, work, findings, every.size(), KeyFigures.of(root, byYear, year, catalogue.indicatorsByCode()), recent);
    }
}
