package org.esgledger.engine.fact;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The breakdown members a fact is for, e.g. {@code gender=female}. The empty breakdown is the
 * total. Written canonically with dimensions sorted: {@code age=31_to_50;gender=female}.
 */
public record Breakdown(SortedMap<String, String> members) {

    public static final Breakdown TOTAL = new Breakdown(new TreeMap<>());

    public Breakdown {
        members = Collections.unmodifiableSortedMap(new TreeMap<>(members));
    }

    public static Breakdown of(Map<String, String> members) {
        return new Breakdown(new TreeMap<>(members));
    }

    public static Breakdown of(String dimension, String member) {
        return of(Map.of(dimension, member));
    }

    /** Parses {@code dim=member;dim2=member2}; blank is the total. */
    public static Breakdown parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return TOTAL;
        }
        TreeMap<String, String> map = new TreeMap<>();
        for (String part : t.split(";")) {
            String p = part.strip();
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException("'" + p + "' is not dimension=member");
            }
            String dimension = p.substring(0, eq).strip();
            if (map.put(dimension, p.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("dimension '" + dimension + "' given twice");
            }
        }
        return new Breakdown(map);
    }

    public boolean isTotal() {
        return members.isEmpty();
    }

    public String code() {
        if (members.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        members.forEach((k, v) -> s.append(s.length() == 0 ? "" : ";").append(k).append('=').append(v));
        return s.toString();
    }

    @Override
    public String toString() {
        return code();
    }
}
