package org.esgledger.engine.calc;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactKey;

/** How a value came about: the lineage one level down. */
public sealed interface Derivation permits Derivation.Stored, Derivation.RolledUp, Derivation.Derived {

    /** Which of the three it is, without its lineage: what a snapshot stores with each value. */
    Kind kind();

    /** How a value came about, as a code: {@code stored}, {@code rolled_up}, {@code derived}. */
    enum Kind {
        STORED, ROLLED_UP, DERIVED;

        public static Kind parse(String text) {
            return Codes.parse(Kind.class, text);
        }
    }

    /** The value of a stored fact (same key), taken as it is; its provenance (who, file, row, ledger rows) is the fact's. */
    Stored STORED = new Stored();

    /** See {@link #STORED}: one instance serves every stored value. */
    record Stored() implements Derivation {
        public Kind kind() {
            return Kind.STORED;
        }
    }

    /**
     * Combined from the same indicator's values of the entities below (or of the months of the
     * year) by the indicator's rule; {@code shares} holds the ownership share applied to each part
     * when the indicator is consolidated by equity share (empty otherwise).
     */
    record RolledUp(Aggregation rule, List<FactKey> parts, List<BigDecimal> shares) implements Derivation {
        public RolledUp {
            parts = List.copyOf(parts);
            shares = List.copyOf(shares);
        }

        public Kind kind() {
            return Kind.ROLLED_UP;
        }
    }

    /** Computed by formula from the listed inputs (each with its value, in its indicator's unit). */
    record Derived(String formula, String version, List<Input> inputs) implements Derivation {
        public Derived {
            inputs = List.copyOf(inputs);
        }

        public Kind kind() {
            return Kind.DERIVED;
        }
    }

    /**
     * One reference of a formula and what it resolved to; {@code value} is empty when it was
     * missing (and the result therefore not available).
     */
    record Input(String reference, FactKey key, boolean printed, Optional<BigDecimal> value, String unit) {
    }
}
