package org.esgledger.app.report.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.fact.FactView;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.Origin;
import org.esgledger.engine.report.ReportData;
import org.esgledger.engine.report.template.FigureRef;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * The standing ({@link FigureStanding}) of every figure of a report's window, from the snapshots' values, the stored facts
 * and what the company published before ({@link PublishedFigures}, compared as the report's notes compare: ADR 0018).
 */
public final class FigureStandings {

    private final Map<String, SnapshotValue> values;
    private final Map<String, FactView> stored;
    private final PublishedFigures published;
    private final UnitCatalogue units;
    private final Set<String> asPublished;
    private final ApprovalTrace drafts;

    /**
     * @param values      the snapshots' values by fact id
     * @param stored      the stored facts by fact id
     * @param asPublished the fact ids of figures the editions print as published, having no value of their own
     */
    public FigureStandings(Map<String, SnapshotValue> values, Map<String, FactView> stored, PublishedFigures published,
                           UnitCatalogue units, Set<String> asPublished) {
        this.values = Map.copyOf(values);
        this.stored = Map.copyOf(stored);
        this.published = published;
        this.units = units;
        this.asPublished = Set.copyOf(asPublished);
        Map<String, FactStatus> statuses = new HashMap<>();
        stored.forEach((id, f) -> statuses.put(id, f.status()));
        this.drafts = ApprovalTrace.notApproved(this.values, statuses);
    }

    /** The standing of a figure by its fact id; empty for an id that is neither a value nor a stored fact. */
    public Optional<FigureStanding> of(String factId) {
        SnapshotValue v = values.get(factId);
        FactView f = stored.get(factId);
        if (v == null && f == null) {
            return Optional.empty();
        }
        Optional<ReportData.Published> before = published.find(v != null ? ref(v) : ref(f));
        Optional<BigDecimal> value = v != null ? v.value() : f.amount();
        String unit = v != null ? v.unit() : f.unitCode();
        boolean differs = value.isPresent() && before.isPresent() && before.get().differs(value.get(), unit, units);
        boolean storedHere = f != null && (v == null || v.derivation() == Derivation.Kind.STORED);
        if (!storedHere) {
            Optional<FactStatus> status = value.isEmpty() ? Optional.empty()
                    : Optional.of(drafts.under(factId).isEmpty() ? FactStatus.APPROVED : FactStatus.DRAFT);
            FigureOrigin origin = asPublished.contains(factId) ? FigureOrigin.PUBLISHED : FigureOrigin.COMPUTED;
            return Optional.of(new FigureStanding(origin, status, Optional.empty(), Optional.empty(), Optional.empty(), differs));
        }
        return Optional.of(new FigureStanding(origin(f, value, unit, before), Optional.of(f.status()),
                Optional.of(f.provenance().enteredBy()), Optional.of(f.provenance().enteredAt()), f.provenance().approvedBy(), differs));
    }

    /** An imported value equal to the one a report published is that report's figure, taken over. */
    private FigureOrigin origin(FactView f, Optional<BigDecimal> value, String unit, Optional<ReportData.Published> before) {
        if (f.origin() == Origin.COMPUTED) {
            return FigureOrigin.COMPUTED;
        }
        if (f.origin() == Origin.ENTERED) {
            return FigureOrigin.ENTERED;
        }
        if (asPublished.contains(f.id()) || value.isPresent() && before.isPresent() && !before.get().differs(value.get(), unit, units)) {
            return FigureOrigin.PUBLISHED;
        }
        return FigureOrigin.IMPORTED;
    }

    private static FigureRef ref(SnapshotValue v) {
        return new FigureRef(v.indicator(), v.entity(), v.period(), v.breakdown(), FigureRef.Style.FULL);
    }

    private static FigureRef ref(FactView f) {
        return new FigureRef(f.indicator(), f.entity(), f.key().period().code(), f.key().breakdown().code(), FigureRef.Style.FULL);
    }
}
