package org.esgledger.engine.ghg;

/**
 * The scopes of the GHG Protocol Corporate Standard: direct emissions (1), indirect emissions from
 * purchased energy (2) and the other indirect emissions of the value chain (3).
 */
public enum Scope {
    ONE(1), TWO(2), THREE(3);

    private final int number;

    Scope(int number) {
        this.number = number;
    }

    /** The scope's number, as reports write it ("Scope 2"). */
    public int number() {
        return number;
    }
}
