package org.esgledger.engine.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.esgledger.engine.catalogue.Framework;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.Section;

/**
 * Where each disclosure (GRI code, Guideline No. 17 article, ISSB paragraph) is answered in an edition:
 * the parts printing the indicators that carry it in their own catalogue references, or, where no printed
 * indicator carries it, the indexed sections that declare it (a narrative disclosure). A section's
 * references stay the section's: they are never passed on to the indicators it prints.
 */
final class DisclosurePlacements {

    /** A disclosure and the parts (document order) whose pages answer it; {@code narrative} when no indicator does. */
    record Placement(FrameworkRef disclosure, List<String> partIds, boolean narrative) {
        Placement {
            partIds = List.copyOf(partIds);
        }
    }

    private DisclosurePlacements() {
    }

    static List<Placement> of(ReportTemplate template, Function<String, List<FrameworkRef>> references, List<Composition.Use> used) {
        Map<FrameworkRef, Set<String>> printed = new LinkedHashMap<>();
        for (Composition.Use u : used) {
            for (FrameworkRef r : references.apply(u.ref().indicator())) {
                if (disclosure(r)) {
                    printed.computeIfAbsent(r, k -> new LinkedHashSet<>()).add(u.partId());
                }
            }
        }
        Map<FrameworkRef, Set<String>> declared = new LinkedHashMap<>();
        template.chapters().forEach(c -> declared(c, declared));
        Set<FrameworkRef> all = new LinkedHashSet<>(printed.keySet());
        all.addAll(declared.keySet());
        List<Placement> out = new ArrayList<>();
        for (FrameworkRef r : all) {
            Set<String> parts = printed.get(r);
            out.add(parts != null ? new Placement(r, new ArrayList<>(parts), false) : new Placement(r, new ArrayList<>(declared.get(r)), true));
        }
        out.sort(Comparator.comparing((Placement p) -> p.disclosure(), DisclosurePlacements::compare));
        return out;
    }

    /** GRI disclosures, Guideline No. 17 articles and ISSB paragraphs; not topics, data points or SDGs. */
    static boolean disclosure(FrameworkRef r) {
        return r.framework() == Framework.GRI || r.framework() == Framework.ISSB
                || r.framework() == Framework.SZSE && r.code().matches("Art\\.\\d+");
    }

    private static void declared(Section s, Map<FrameworkRef, Set<String>> into) {
        if (s.indexed()) {
            s.gri().forEach(g -> into.computeIfAbsent(new FrameworkRef(Framework.GRI, g), k -> new LinkedHashSet<>()).add(s.id()));
            s.szse().forEach(n -> into.computeIfAbsent(new FrameworkRef(Framework.SZSE, "Art." + n), k -> new LinkedHashSet<>()).add(s.id()));
        }
        s.children().forEach(c -> declared(c, into));
    }

    /** GRI, then articles, then ISSB; codes compared number by number ({@code 2-7 < 2-27 < 102-1}). */
    static int compare(FrameworkRef a, FrameworkRef b) {
        int order = Integer.compare(rank(a.framework()), rank(b.framework()));
        if (order != 0) {
            return order;
        }
        String[] x = a.code().replace("Art.", "").split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)|-");
        String[] y = b.code().replace("Art.", "").split("(?<=\\d)(?=\\D)|(?<=\\D)(?=\\d)|-");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+") ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static int rank(Framework f) {
        return f == Framework.GRI ? 0 : f == Framework.SZSE ? 1 : 2;
    }
}
