package org.esgledger.app.fact;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Role;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.internal.FactQueries;
import org.esgledger.app.fact.internal.GridQueries;
import org.esgledger.app.fact.internal.GridQueries.GridFact;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.period.Locks;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fact grid of an entity and a fiscal year (docs/web.md): a row per indicator in the reader's scope and per breakdown and
 * nature stored in the year or the year before, with the prior year's value beside. Reading needs {@link Permission#READ} on the
 * entity (refused and recorded otherwise); a contributor or reviewer whose scope names indicator groups sees the indicators of
 * those groups (an indicator's group is its topic) only.
 */
@Service
public class FactGrid {

    /** The statuses a value may be entered over: a new value goes back to draft and is reviewed again. */
    static final Set<FactStatus> ENTERABLE = EnumSet.of(FactStatus.DRAFT, FactStatus.REJECTED, FactStatus.APPROVED);

    private final GridQueries queries;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Authorisation authorisation;
    private final Locks locks;
    private final FactQueries history;

    FactGrid(GridQueries queries, Catalogue catalogue, Organisation organisation, Authorisation authorisation, Locks locks,
             FactQueries history) {
        this.queries = queries;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.authorisation = authorisation;
        this.locks = locks;
        this.history = history;
    }

    /** The entities whose facts this user may read, in the organisation's order. */
    @Transactional(readOnly = true)
    public List<ReportingEntity> entities(Actor by) {
        return organisation.tree().entities().stream()
                .filter(e -> Authorisation.whyNot(by, Permission.READ, List.of(Area.entity(e.code()))).isEmpty()).toList();
    }

    /** The rows of the grid; refused (recorded) when the user may not read the entity's facts. */
    @Transactional(readOnly = true)
    public List<GridRow> rows(Actor by, String entity, int year) {
        authorisation.require(by, Permission.READ, Action.READ, Area.entity(entity));
        if (organisation.tree().entity(entity).isEmpty()) {
            throw new EsgException(AppMessages.of("entity.unknown", entity));
        }
        boolean open = !locks.locked(year) && Authorisation.whyNot(by, Permission.ENTER_FACTS, List.of(Area.entity(entity))).isEmpty();
        Set<String> derived = catalogue.formulaRows().stream().map(r -> r.get(0)).collect(Collectors.toSet());
        Map<String, Map<Integer, GridFact>> byKey = new LinkedHashMap<>();
        queries.facts(entity, List.of(year, year - 1))
                .forEach(f -> byKey.computeIfAbsent(f.indicator() + "|" + f.nature() + "|" + f.breakdown(), k -> new LinkedHashMap<>())
                        .put(f.year(), f));
        List<GridRow> rows = new ArrayList<>();
        for (Indicator i : catalogue.indicators()) {
            if (!inScope(by, i)) {
                continue;
            }
            List<String> keys = byKey.keySet().stream().filter(k -> k.startsWith(i.code() + "|")).sorted(Comparator.naturalOrder()).toList();
            if (keys.stream().noneMatch(k -> k.equals(i.code() + "|actual|")) && !derived.contains(i.code())) {
                rows.add(row(i, entity, year, "actual", "", Map.of(), open));
            }
            keys.forEach(k -> rows.add(row(i, entity, year, k.split("\\|", -1)[1], k.split("\\|", -1)[2], byKey.get(k), open)));
        }
        return rows;
    }

    private GridRow row(Indicator i, String entity, int year, String nature, String breakdown, Map<Integer, GridFact> facts, boolean open) {
        FactKey key = new FactKey(i.code(), entity, new Period.FiscalYear(year), Breakdown.parse(breakdown), Nature.parse(nature));
        Optional<GridCell> current = Optional.ofNullable(facts.get(year)).map(GridFact::cell);
        boolean editable = open && current.map(c -> !c.computed() && ENTERABLE.contains(c.status())).orElse(true);
        return new GridRow(key, i.name(), i.unit(), current, Optional.ofNullable(facts.get(year - 1)).map(GridFact::cell), editable);
    }

    /** A stored fact and its history; refused (recorded) when the user may not read its entity's facts. */
    @Transactional(readOnly = true)
    public FactRecord fact(Actor by, String id) {
        GridFact f = queries.fact(id).orElseThrow(() -> new EsgException(AppMessages.of("review.unknown", "fact " + id)));
        authorisation.require(by, Permission.READ, Action.READ, Area.entity(f.entity()));
        return new FactRecord(id, f.indicator(), f.entity(), f.period(), f.breakdown(), f.cell(), history.history(id));
    }

    /** A contributor's or reviewer's indicator groups narrow what they see; others see every indicator. */
    static boolean inScope(Actor by, Indicator i) {
        boolean everywhere = by.system() || EnumSet.of(Role.ADMIN, Role.MANAGER, Role.AUDITOR).stream().anyMatch(by::has);
        Set<String> groups = by.scope().indicatorGroups();
        return everywhere || groups.isEmpty() || groups.contains(i.topic());
    }
}
