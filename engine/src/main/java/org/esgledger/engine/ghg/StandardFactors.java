package org.esgledger.engine.ghg;

/**
 * The factor set the ledgers' GHG inventory is computed with: the Chinese reference factors
 * shipped with ESG Ledger ({@link FactorLibrary#standard()}), read once, when first needed.
 */
public final class StandardFactors {

    public static final FactorLibrary LIBRARY = FactorLibrary.standard();

    private StandardFactors() {
    }
}
