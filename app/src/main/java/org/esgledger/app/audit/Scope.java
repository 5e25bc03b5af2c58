package org.esgledger.app.audit;

import java.util.Set;
import java.util.TreeSet;

/**
 * What a contributor or reviewer may act on: entity codes, ledger kinds and indicator groups. An
 * entity code covers that entity only (not the entities under it). Managers, admins and auditors
 * have no scope: their roles say what they may do everywhere.
 */
public record Scope(Set<String> entities, Set<String> ledgers, Set<String> indicatorGroups) {

    public static final Scope NONE = new Scope(Set.of(), Set.of(), Set.of());

    public Scope {
        entities = Set.copyOf(new TreeSet<>(entities));
        ledgers = Set.copyOf(new TreeSet<>(ledgers));
        indicatorGroups = Set.copyOf(new TreeSet<>(indicatorGroups));
    }

    /** The codes of one kind of target. */
    public Set<String> of(Area.Kind kind) {
        return switch (kind) {
            case ENTITY -> entities;
            case LEDGER -> ledgers;
            case INDICATOR_GROUP -> indicatorGroups;
            case WORKSPACE -> Set.of();
        };
    }

    /** For messages: {@code entities A, B; ledgers energy}. */
    public String describe() {
        String s = (entities.isEmpty() ? "" : "entity " + String.join(", ", new TreeSet<>(entities)) + "; ")
                + (ledgers.isEmpty() ? "" : "ledger " + String.join(", ", new TreeSet<>(ledgers)) + "; ")
                + (indicatorGroups.isEmpty() ? "" : "indicator group " + String.join(", ", new TreeSet<>(indicatorGroups)) + "; ");
        return s.isEmpty() ? "-" : s.substring(0, s.length() - 2);
    }
}
