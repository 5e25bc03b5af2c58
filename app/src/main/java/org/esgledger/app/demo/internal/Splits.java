package org.esgledger.app.demo.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Exact random splits of whole totals, for generating ledger rows that add up to printed figures. */
final class Splits {

    private Splits() {
    }

    /** {@code parts} whole numbers, each at least {@code min}, adding up to {@code total}. */
    static List<Long> split(long total, int parts, long min, Random random) {
        if (parts <= 0) {
            if (total != 0) {
                throw new IllegalArgumentException("cannot split " + total + " into no parts");
            }
            return List.of();
        }
        long free = total - min * parts;
        if (free < 0) {
            throw new IllegalArgumentException("cannot split " + total + " into " + parts + " parts of at least " + min);
        }
        // stars and bars: parts - 1 distinct cut points in [0, free + parts - 1)
        Set<Long> cuts = new HashSet<>();
        long span = free + parts - 1;
        while (cuts.size() < parts - 1) {
            cuts.add(Math.floorMod(random.nextLong(), span));
        }
        List<Long> sorted = new ArrayList<>(cuts);
        Collections.sort(sorted);
        List<Long> out = new ArrayList<>();
        long previous = -1;
        for (long cut : sorted) {
            out.add(cut - previous - 1 + min);
            previous = cut;
        }
        out.add(span - previous - 1 + min);
        return out;
    }
}
