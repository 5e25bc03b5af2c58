package org.esgledger.app.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.period.Locks;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Framework;
import org.esgledger.engine.catalogue.FrameworkItem;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.ReportData;
import org.esgledger.engine.report.ReportingWindow;
import org.esgledger.engine.report.template.FigureRef;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * The data a report is composed from: the current snapshots of the report's window (its year and
 * the four before it, for multi-year tables), the catalogue's names, the registers beside the template and
 * the targets as evaluated in the year's snapshot.
 */
public final class SnapshotReportData implements ReportData {

    private final Map<String, SnapshotValue> values = new HashMap<>();
    /** The snapshots' values and the stored facts' review statuses by fact id, for where a printed figure stands. */
    private final Map<String, SnapshotValue> valuesById = new HashMap<>();
    private final Map<String, FactStatus> statuses = new HashMap<>();
    private ApprovalTrace notApproved;
    /** Why a value of the snapshots is not available, by fact id. */
    private final Map<String, Bilingual> notAvailable = new HashMap<>();
    /** Stored facts the calculation does not carry (policies, plans, targets, plain facts such as a founding year). */
    private final Map<String, FactView> stored = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<String, Dimension> dimensions;
    private final Map<String, TargetLine> targets = new HashMap<>();
    private final Map<Integer, Bilingual> articles = new HashMap<>();
    private final UnitCatalogue units;
    private final List<Restated> restated = new ArrayList<>();
    private final Organisation organisation;
    private final Registers registers;
    private final PublishedFigures published;
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    public SnapshotReportData(int year, Calculations calculations, Catalogue catalogue, Organisation organisation, Facts facts,
                              Registers registers) {
        this(year, calculations, catalogue, organisation, facts, registers, Optional.empty());
    }

    /** With the restated figures of the report's window, from the period locks. */
    public SnapshotReportData(int year, Calculations calculations, Catalogue catalogue, Organisation organisation, Facts facts,
                              Registers registers, Optional<Locks> locks) {
        this(year, calculations, catalogue, organisation, facts, registers, locks, PublishedFigures.none());
    }

    /** With what the company published before for the figures of the report's window, for the report's notes. */
    public SnapshotReportData(int year, Calculations calculations, Catalogue catalogue, Organisation organisation, Facts facts,
                              Registers registers, Optional<Locks> locks, PublishedFigures published) {
        this.published = published;
        this.units = catalogue.units();
        this.dimensions = catalogue.dimensions();
        this.organisation = organisation;
        this.registers = registers;
        catalogue.indicators().forEach(i -> indicators.put(i.code(), i));
        for (int y : new ReportingWindow(year).years()) {
            calculations.current(y).ifPresent(s -> calculations.values(s.id()).forEach(v -> {
                values.put(key(v.indicator(), v.entity(), v.period(), v.breakdown()), v);
                valuesById.put(v.factId(), v);
                if (v.value().isEmpty()) {
                    notAvailable.put(v.factId(), Bilingual.of(v.reasonZh(), v.reasonEn()));
                }
            }));
            for (FactView f : facts.list(Optional.of(y))) {
                statuses.put(f.id(), f.status());
                if (!f.plain().isEmpty() && NUMBER.matcher(f.plain()).matches()) {
                    stored.putIfAbsent(key(f.indicator(), f.entity(), f.key().period().code(), f.key().breakdown().code()), f);
                }
            }
        }
        targets.putAll(TargetLines.of(year, calculations, catalogue));
        List<Integer> window = new ReportingWindow(year).years();
        locks.ifPresent(l -> l.restatements(Collections.min(window), Collections.max(window)).forEach(r -> restated.add(new Restated(
                r.factId(), label(new FigureRef(r.indicator(), "", "", r.breakdown(), FigureRef.Style.FULL))
                        .orElse(Bilingual.of(r.indicator(), r.indicator())),
                entityName(r.entity()), r.year(), Optional.ofNullable(r.before().number()), r.before().unit(),
                Optional.ofNullable(r.after().number()), r.after().unit(),
                Optional.ofNullable(indicators.get(r.indicator())).map(Indicator::decimals).orElse(2), r.reason()))));
        for (FrameworkItem item : catalogue.frameworkItems()) {
            if (item.framework() == Framework.SZSE && item.code().startsWith("Art.")) {
                int n = Integer.parseInt(item.code().substring(4));
                String zh = item.title().zh().split("\\s+")[0];
                articles.put(n, Bilingual.of(zh, "Article " + n));
            }
        }
    }

    /** Approved when every stored value under the figure is approved or locked (ApprovalTrace), as the lineage page says. */
    @Override
    public Optional<Review> review(String factId) {
        SnapshotValue v = valuesById.get(factId);
        if (v == null && !statuses.containsKey(factId) || v != null && v.value().isEmpty()) {
            return Optional.empty();
        }
        if (notApproved == null) {
            notApproved = ApprovalTrace.notApproved(valuesById, statuses);
        }
        return Optional.of(notApproved.under(factId).isEmpty() ? Review.APPROVED : Review.DRAFT);
    }

    static String key(String indicator, String entity, String period, String breakdown) {
        return indicator + "|" + entity + "|" + period + "|" + breakdown;
    }

    @Override
    public Optional<Figure> figure(FigureRef ref) {
        String key = key(ref.indicator(), ref.entity(), ref.period(), ref.breakdown());
        SnapshotValue v = values.get(key);
        Indicator i = indicators.get(ref.indicator());
        if (v == null) {
            FactView f = stored.get(key);
            if (f == null) {
                return Optional.empty();
            }
            BigDecimal value = new BigDecimal(f.plain());
            return Optional.of(new Figure(value, f.unitCode(), i == null ? Math.max(0, value.scale()) : i.decimals(), f.id()));
        }
        if (v.value().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal value = v.value().get();
        return Optional.of(new Figure(value, v.unit(), i == null ? Math.max(0, value.scale()) : i.decimals(), v.factId()));
    }

    /** Why the value of a fact is not available, when a snapshot says so. */
    public Optional<Bilingual> notAvailable(String factId) {
        return Optional.ofNullable(notAvailable.get(factId));
    }

    @Override
    public String factId(FigureRef ref) {
        String key = key(ref.indicator(), ref.entity(), ref.period(), ref.breakdown());
        SnapshotValue v = values.get(key);
        if (v != null) {
            return v.factId();
        }
        FactView f = stored.get(key);
        return f == null ? "" : f.id();
    }

    @Override
    public Optional<Bilingual> label(FigureRef ref) {
        Indicator i = indicators.get(ref.indicator());
        if (i == null) {
            return Optional.empty();
        }
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        ref.members().forEach((dim, member) -> {
            Bilingual name = Optional.ofNullable(dimensions.get(dim)).flatMap(d -> d.member(member)).map(Dimension.Member::name)
                    .orElse(Bilingual.of(member, member));
            zh.add(name.zh());
            en.add(name.en());
        });
        String nameZh = i.name().zh() + (zh.isEmpty() ? "" : "（" + String.join("、", zh) + "）");
        String nameEn = i.name().en() + (en.isEmpty() ? "" : " (" + String.join(", ", en) + ")");
        return Optional.of(Bilingual.of(nameZh, nameEn));
    }

    @Override
    public Bilingual entityName(String entity) {
        return organisation.tree().entity(entity).map(e -> e.name()).orElse(Bilingual.of(entity, entity));
    }

    @Override
    public Optional<String> unit(String indicator) {
        return Optional.ofNullable(indicators.get(indicator)).map(Indicator::unit);
    }

    @Override
    public List<Restated> restatements() {
        return restated;
    }

    @Override
    public UnitCatalogue units() {
        return units;
    }

    @Override
    public List<Map<String, String>> register(String source) {
        return registers.rows(source);
    }

    @Override
    public Optional<Published> published(FigureRef ref) {
        return published.find(ref);
    }

    @Override
    public Optional<TargetLine> target(String id) {
        return Optional.ofNullable(targets.get(id));
    }

    @Override
    public List<FrameworkRef> references(String indicator) {
        Indicator i = indicators.get(indicator);
        return i == null ? List.of() : i.references();
    }

    @Override
    public Bilingual article(int number) {
        return articles.getOrDefault(number, Bilingual.of("第" + number + "条", "Article " + number));
    }
}
