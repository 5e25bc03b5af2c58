package org.esgledger.engine.fact;

import java.util.Objects;

/** One value of an indicator for an entity, period and breakdown, with its review status and origin. */
public record Fact(FactKey key, FactValue value, FactStatus status, Origin origin, Provenance provenance) {

    public Fact {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(provenance, "provenance");
    }

    public String id() {
        return key.id();
    }
}
