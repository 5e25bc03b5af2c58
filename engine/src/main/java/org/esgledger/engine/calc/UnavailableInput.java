package org.esgledger.engine.calc;

import java.util.Objects;

import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.i18n.Bilingual;

/**
 * A stored value that is known not to be available, and why: a figure computed from ledger rows
 * that no emission factor applies to. The calculation carries it as not available; every roll-up
 * it is part of and every formula that reads it is then not available too (never a silent zero,
 * never a sum of the parts that are there).
 */
public record UnavailableInput(FactKey key, Bilingual reason) {

    public UnavailableInput {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
    }
}
