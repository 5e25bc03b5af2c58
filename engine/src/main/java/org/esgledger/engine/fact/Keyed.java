package org.esgledger.engine.fact;

/** Anything that holds a value of one fact key: its id, indicator, entity and fiscal year come from the key. */
public interface Keyed {

    FactKey key();

    default String id() {
        return key().id();
    }

    default String indicator() {
        return key().indicator();
    }

    default String entity() {
        return key().entity();
    }

    /** The fiscal year its period ends in. */
    default int fiscalYear() {
        return key().period().fiscalYear();
    }
}
