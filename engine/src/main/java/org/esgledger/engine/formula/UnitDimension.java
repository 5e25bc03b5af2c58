package org.esgledger.engine.formula;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The physical dimension of a formula's value as powers of unit groups: headcount / headcount is
 * dimensionless; kWh (energy) cannot be added to m³ (volume). A unit group named
 * {@code a_per_b} is the quotient of groups {@code a} and {@code b} (tCO2e per RMB 10,000 is
 * {@code ghg_per_money_cny}). A plain number in a formula (a
 * {@code 1000} or {@code 0.5}) is a {@link Kind#NUMBER} that takes the dimension of what it is
 * added to; comparisons and TRUE/FALSE are {@link Kind#BOOLEAN}.
 */
public record UnitDimension(Kind kind, SortedMap<String, Integer> powers) {

    /** The unit group whose units are pure numbers (one, %, ‰, ppm). */
    public static final String DIMENSIONLESS_GROUP = "dimensionless";

    public enum Kind { QUANTITY, NUMBER, BOOLEAN }

    public static final UnitDimension NUMBER = new UnitDimension(Kind.NUMBER, new TreeMap<>());
    public static final UnitDimension BOOLEAN = new UnitDimension(Kind.BOOLEAN, new TreeMap<>());
    public static final UnitDimension NONE = new UnitDimension(Kind.QUANTITY, new TreeMap<>());

    public UnitDimension {
        powers = Collections.unmodifiableSortedMap(new TreeMap<>(powers));
    }

    /** The dimension of one unit group: itself to the power one, or nothing for the dimensionless group. */
    public static UnitDimension ofGroup(String group) {
        if (group.equals(DIMENSIONLESS_GROUP)) {
            return NONE;
        }
        int per = group.indexOf("_per_");
        if (per > 0) {
            // a quotient group by name: ghg_per_money_cny is ghg / money_cny
            return ofGroup(group.substring(0, per)).times(ofGroup(group.substring(per + 5)), -1);
        }
        TreeMap<String, Integer> p = new TreeMap<>();
        p.put(group, 1);
        return new UnitDimension(Kind.QUANTITY, p);
    }

    public boolean isDimensionless() {
        return kind != Kind.BOOLEAN && powers.isEmpty();
    }

    UnitDimension times(UnitDimension other, int sign) {
        TreeMap<String, Integer> p = new TreeMap<>(powers);
        for (Map.Entry<String, Integer> e : other.powers.entrySet()) {
            p.merge(e.getKey(), sign * e.getValue(), Integer::sum);
        }
        p.values().removeIf(v -> v == 0);
        return new UnitDimension(Kind.QUANTITY, p);
    }

    /** Whether values of the two dimensions can be added or compared (a plain number fits any quantity). */
    boolean addableTo(UnitDimension other) {
        if (kind == Kind.BOOLEAN || other.kind == Kind.BOOLEAN) {
            return kind == other.kind;
        }
        return kind == Kind.NUMBER || other.kind == Kind.NUMBER || powers.equals(other.powers);
    }

    /** Of two addable dimensions, the one that says more (a quantity over a plain number). */
    UnitDimension join(UnitDimension other) {
        return kind == Kind.NUMBER ? other : this;
    }

    @Override
    public String toString() {
        if (kind == Kind.BOOLEAN) {
            return "yes/no";
        }
        if (powers.isEmpty()) {
            return kind == Kind.NUMBER ? "number" : "dimensionless";
        }
        StringBuilder up = new StringBuilder();
        StringBuilder down = new StringBuilder();
        powers.forEach((g, n) -> {
            StringBuilder s = n > 0 ? up : down;
            if (s.length() > 0) {
                s.append('·');
            }
            s.append(g);
            if (Math.abs(n) > 1) {
                s.append('^').append(Math.abs(n));
            }
        });
        return (up.length() == 0 ? "1" : up) + (down.length() == 0 ? "" : " / " + down);
    }
}
