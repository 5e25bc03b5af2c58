package org.esgledger.engine.ledger.energy;

import java.util.Arrays;
import java.util.List;

/**
 * What a row of the energy and water ledger meters: an energy carrier or water. A closed list —
 * the inventory computes each differently — with the unit groups each is metered in (the first
 * gives the default unit). Its code is what is stored, exported and reported by
 * ({@code energy_carrier=electricity}); the words people write for it are the ledger's
 * {@link EnergyLedger#CARRIER} vocabulary.
 */
public enum EnergyCarrier {
    ELECTRICITY("electricity", "kWh", "energy"),
    NATURAL_GAS("natural_gas", "m3", "volume", "energy"),
    DIESEL("diesel", "t", "mass", "volume"),
    GASOLINE("gasoline", "t", "mass", "volume"),
    LPG("lpg", "t", "mass", "volume"),
    FUEL_OIL("fuel_oil", "t", "mass", "volume"),
    PURCHASED_HEAT("purchased_heat", "GJ", "energy"),
    TAP_WATER("tap_water", "m3", "volume"),
    RECLAIMED_WATER("reclaimed_water", "m3", "volume");

    private final String code;
    private final String defaultUnit;
    private final List<String> groups;

    EnergyCarrier(String code, String defaultUnit, String... groups) {
        this.code = code;
        this.defaultUnit = defaultUnit;
        this.groups = List.of(groups);
    }

    /** The carrier of a code ({@code natural_gas}). */
    public static EnergyCarrier of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not an energy carrier: " + code));
    }

    /** The code it is stored, exported and reported by. */
    public String code() {
        return code;
    }

    /** The unit a quantity given without one is in. */
    public String defaultUnit() {
        return defaultUnit;
    }

    /** The unit groups it may be metered in, in the order a unit is looked up. */
    public List<String> groups() {
        return groups;
    }

    /** Water (tap or reclaimed): metered in 吨 as often as in m³. */
    public boolean isWater() {
        return this == TAP_WATER || this == RECLAIMED_WATER;
    }
}
