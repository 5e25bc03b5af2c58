package org.esgledger.engine.ghg;

/**
 * How scope 2 emissions are counted (GHG Protocol Scope 2 Guidance): at the average factor of the
 * grid the energy is drawn from (location-based), or at the factors of the energy bought,
 * contracts and certificates included (market-based).
 */
public enum Scope2Method {
    LOCATION("location"), MARKET("market");

    private final String code;

    Scope2Method(String code) {
        this.code = code;
    }

    /** The method's code as stored and printed: {@code location}, {@code market}. */
    public String code() {
        return code;
    }
}
