package org.esgledger.engine.fact;

import org.esgledger.engine.catalogue.Codes;

/** How a fact came to be: typed in, imported from a file, or computed from other facts and ledger rows. */
public enum Origin {
    ENTERED, IMPORTED, COMPUTED;

    public static Origin parse(String text) {
        return Codes.parse(Origin.class, text);
    }
}
