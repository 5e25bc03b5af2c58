package org.esgledger.app.calculation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.calculation.internal.ChangeFinder;
import org.esgledger.app.calculation.internal.InputSet;
import org.esgledger.app.calculation.internal.NewSnapshot;
import org.esgledger.app.calculation.internal.SnapshotContent;
import org.esgledger.app.calculation.internal.SnapshotStore;
import org.esgledger.app.calculation.internal.SnapshotWriter;
import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.audit.Area;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.period.Locks;
import org.esgledger.app.period.Restatement;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.calc.Calculation;
import org.esgledger.engine.calc.CalculationModel;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.check.Checks;
import org.esgledger.engine.check.Finding;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.target.Target;
import org.esgledger.engine.target.TargetEvaluation;
import org.esgledger.engine.target.TargetStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a fiscal year: gathers its inputs, runs the engine (roll-ups, formulas, checks,
 * targets) and keeps the result as an immutable snapshot identified by the fingerprint of its
 * inputs. A frozen year keeps its snapshot until someone recomputes it on purpose, with a reason.
 */
@Service
public class Calculations {

    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Facts facts;
    private final Ledgers ledgers;
    private final SnapshotStore snapshots;
    private final SnapshotWriter writer;
    private final Changes trail;
    private final Authorisation authorisation;
    private final Clock clock;
    private final WorkspaceStore workspaceStore;
    private final Locks locks;

    Calculations(Catalogue catalogue, Organisation organisation, Facts facts, Ledgers ledgers, SnapshotStore snapshots,
                 SnapshotWriter writer, WorkspaceStore workspaceStore, Changes changes, Authorisation authorisation, Locks locks,
                 Optional<Clock> clock) {
        this.locks = locks;
        this.workspaceStore = workspaceStore;
        this.trail = changes;
        this.authorisation = authorisation;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.facts = facts;
        this.ledgers = ledgers;
        this.snapshots = snapshots;
        this.writer = writer;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** One run of the engine over a year's inputs, not stored. */
    public record Run(int year, InputSet inputs, Calculation calculation, List<Finding> findings, Map<Target, TargetStatus> targets,
                      SnapshotContent content) {
    }

    /** Computes without storing anything: what {@code esg checks} shows. */
    @Transactional(readOnly = true)
    public Run run(int year) {
        List<FactView> stored = facts.list(Optional.empty());
        if (stored.stream().noneMatch(f -> f.fiscalYear() == year)) {
            throw new EsgException(AppMessages.of("compute.noFacts", String.valueOf(year)));
        }
        InputSet inputs = InputSet.read(year, stored, facts, ledgers, catalogue);
        CalculationModel model = new CalculationModel(catalogue.indicatorsByCode(), catalogue.dimensions(), catalogue.formulas(),
                catalogue.equityShare(), organisation.tree(), catalogue.units());
        Calculation calc = Calculation.run(model, inputs.facts(), inputs.unavailable(), inputs.printed());
        List<Finding> findings = Checks.run(calc, catalogue.checkRules());
        Map<Target, TargetStatus> targets = new LinkedHashMap<>();
        for (Target t : catalogue.targets()) {
            targets.put(t, TargetEvaluation.evaluate(t, calc, year));
        }
        return new Run(year, inputs, calc, findings, targets, SnapshotContent.of(year, calc, findings, targets));
    }

    /**
     * {@code esg compute}: a new snapshot when the inputs changed (with what changed and why),
     * the current one when they did not (after checking the results are identical), nothing when
     * the year is frozen and no recompute was asked for.
     */
    @Transactional
    public ComputeResult compute(int year, ComputeOptions options) {
        workspaceStore.requireSetUp();
        authorisation.require(options.by(), Permission.COMPUTE, options.freeze() ? Action.FREEZE : Action.COMPUTE, Area.WORKSPACE);
        if ((options.freeze() || options.recompute()) && options.reason().isEmpty()) {
            throw new EsgException(AppMessages.of("compute.reasonRequired"));
        }
        Run run = run(year);
        Optional<SnapshotView> current = snapshots.current(year);
        String fingerprint = run.inputs().fingerprint();
        if (current.isPresent() && current.get().fingerprint().equals(fingerprint)) {
            SnapshotView s = current.get();
            if (!s.contentSha256().equals(run.content().digest())) {
                throw new EsgException(AppMessages.of("compute.notReproducible", String.valueOf(s.id()), s.contentSha256(),
                        run.content().digest()));
            }
            if (options.freeze() && !s.frozen()) {
                writer.freeze(s.id(), options.by().name(), clock.instant(), options.reason());
                trail.record(options.by(), Action.FREEZE, Subject.of("snapshot", s.id()), List.of(), Map.of("frozen", false),
                        Map.of("frozen", true, "year", year), options.reason());
                s = snapshots.byId(s.id()).orElseThrow();
            }
            return new ComputeResult(ComputeResult.Outcome.UNCHANGED, s, Optional.of(new ChangeReport(s.id(), List.of(), List.of())),
                    findings(s.id()), targets(s.id()));
        }
        Optional<ChangeReport> changes = current.map(s -> ChangeFinder.compare(s.id(), snapshots.sources(s.id()), run.inputs().sources(),
                snapshots.values(s.id()), run.content(), run.calculation()));
        if (current.isPresent() && current.get().frozen() && !options.recompute()) {
            return new ComputeResult(ComputeResult.Outcome.FROZEN, current.get(), changes, findings(current.get().id()),
                    targets(current.get().id()));
        }
        if (!current.map(s -> locks.restatedAfter(year, s.computedAt())).orElse(true)) {
            locks.requireOpen(options.by(), Action.COMPUTE, List.of(year), Restatement.NONE);
        }
        boolean frozen = options.freeze() || current.map(SnapshotView::frozen).orElse(false);
        String frozenReason = options.reason().isEmpty() ? current.map(SnapshotView::frozenReason).orElse("") : options.reason();
        long id = writer.write(new NewSnapshot(year, run.inputs(), run.content(), options.by().name(), clock.instant(), options.reason(),
                frozen, frozenReason, current.map(SnapshotView::id)));
        trail.record(options.by(), Action.COMPUTE, Subject.of("snapshot", id), List.of(),
                current.<Map<String, ?>>map(s -> Map.of("snapshot", s.id(), "fingerprint", s.fingerprint())).orElse(Map.of()),
                Map.of("year", year, "fingerprint", fingerprint, "content_sha256", run.content().digest(), "frozen", frozen), options.reason());
        return new ComputeResult(ComputeResult.Outcome.CREATED, snapshots.byId(id).orElseThrow(), changes, findings(id), targets(id));
    }

    /** The consistency findings of a fresh computation of the year (nothing stored). */
    @Transactional(readOnly = true)
    public List<FindingView> checks(int year) {
        return run(year).content().findings().stream().map(Calculations::finding).toList();
    }

    /**
     * The values the current snapshots add to the stored facts: formula results (derivation
     * {@code derived}) and roll-ups ({@code rolled_up}), by year, indicator, entity, period and breakdown.
     */
    @Transactional(readOnly = true)
    public List<CalculatedValue> computedValues(Optional<Integer> year) {
        Map<String, Indicator> indicators = catalogue.indicatorsByCode();
        var tree = organisation.tree();
        var units = catalogue.units();
        List<CalculatedValue> out = new ArrayList<>();
        for (int y : year.map(List::of).orElseGet(snapshots::years)) {
            Optional<SnapshotView> s = snapshots.current(y);
            if (s.isEmpty()) {
                continue;
            }
            for (SnapshotContent.ValueRow v : snapshots.values(s.get().id()).values()) {
                if (v.derivation() == Derivation.Kind.STORED) {
                    continue;
                }
                Indicator ind = indicators.get(v.indicator());
                Bilingual entity = tree.entity(v.entity()).map(e -> e.name()).orElse(Bilingual.of(v.entity(), v.entity()));
                out.add(new CalculatedValue(v.factKey(), ind == null ? Bilingual.of("", "") : ind.name(), entity,
                        Optional.ofNullable(v.value()).filter(x -> v.available()), v.disclosed(), units.unit(v.unit()), v.derivation(),
                        s.get(), v.available() ? Optional.empty() : Optional.of(Bilingual.of(v.reasonZh(), v.reasonEn()))));
            }
        }
        out.sort(Comparator.comparing(CalculatedValue::fiscalYear).thenComparing(CalculatedValue::indicator)
                .thenComparing(CalculatedValue::entity).thenComparing(v -> v.key().period().code())
                .thenComparing(v -> v.key().breakdown().code()));
        return out;
    }

    /** The values of a snapshot with their lineage one level down, in fact-id order. */
    @Transactional(readOnly = true)
    public List<SnapshotValue> values(long snapshot) {
        Map<String, List<String>> inputs = snapshots.allInputs(snapshot);
        List<SnapshotValue> out = new ArrayList<>();
        for (SnapshotContent.ValueRow v : snapshots.values(snapshot).values()) {
            out.add(new SnapshotValue(v.factId(), v.key(), v.indicator(), v.entity(), v.period(), v.breakdown(),
                    Optional.ofNullable(v.value()), v.unit(), v.disclosed(), v.derivation(), v.formula(), v.formulaVersion(), v.reasonZh(),
                    v.reasonEn(), inputs.getOrDefault(v.factId(), List.of())));
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<SnapshotView> current(int year) {
        return snapshots.current(year);
    }

    @Transactional(readOnly = true)
    public List<SnapshotView> history(int year) {
        return snapshots.history(year);
    }

    @Transactional(readOnly = true)
    public List<FindingView> findings(long snapshot) {
        return snapshots.findings(snapshot).stream().map(Calculations::finding).toList();
    }

    private static FindingView finding(SnapshotContent.FindingRow f) {
        return new FindingView(f.rule(), f.severity(), f.subject(), Bilingual.of(f.messageZh(), f.messageEn()));
    }

    @Transactional(readOnly = true)
    public List<TargetView> targets(long snapshot) {
        Map<String, Target> byId = new HashMap<>();
        catalogue.targets().forEach(t -> byId.put(t.id(), t));
        List<TargetView> out = new ArrayList<>();
        for (SnapshotContent.TargetRow r : snapshots.targets(snapshot)) {
            Target t = byId.get(r.targetId());
            out.add(new TargetView(r.targetId(), t == null ? Bilingual.of("", "") : t.subject(), r.status(),
                    Optional.ofNullable(r.actual()), r.unit(), t == null ? "" : t.declared(),
                    Bilingual.of(r.explanationZh(), r.explanationEn())));
        }
        return out;
    }
}
