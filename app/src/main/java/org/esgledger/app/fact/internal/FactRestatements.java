package org.esgledger.app.fact.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.period.Locks;
import org.esgledger.app.period.Restated;
import org.esgledger.app.period.RestatedValue;
import org.esgledger.app.period.Restatement;
import org.esgledger.engine.fact.FactKey;

/**
 * The facts of locked years a change touches: their published values taken before the change,
 * compared after it; each that changed is recorded as a restatement (an audit event of its own,
 * with the published and the new value and the reason) and kept by {@link Locks}.
 */
public final class FactRestatements {

    private final FactStore store;
    private final Map<FactKey, RestatedValue> before = new LinkedHashMap<>();

    private FactRestatements(FactStore store) {
        this.store = store;
    }

    /** Takes the values these facts hold now, for those of a locked year. */
    public static FactRestatements before(FactStore store, Locks locks, List<FactKey> keys) {
        FactRestatements r = new FactRestatements(store);
        for (FactKey k : keys) {
            if (locks.locked(k.period().fiscalYear()) && !r.before.containsKey(k)) {
                r.before.put(k, store.value(k.id()));
            }
        }
        return r;
    }

    /** Records and keeps each fact whose value changed. */
    public void keep(Locks locks, Changes changes, Actor by, Restatement restatement, Instant at) {
        List<Restated> restated = new ArrayList<>();
        before.forEach((key, old) -> {
            RestatedValue now = store.value(key.id());
            if (!now.sameAs(old)) {
                long seq = changes.record(by, Action.RESTATE, Subject.of("fact", key.id()), List.of(key.entity()), values(old),
                        values(now), restatement.reason());
                restated.add(new Restated(key.id(), key.indicator(), key.entity(), key.period().fiscalYear(),
                        key.breakdown().code(), old, now,
                        restatement.reason(), by.name(), at, seq));
            }
        });
        locks.keep(restated);
    }

    private static Map<String, Object> values(RestatedValue v) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", v.number() != null ? v.number().toPlainString() : v.text() == null ? "" : v.text());
        m.put("unit", v.unit() == null ? "" : v.unit());
        return m;
    }
}
