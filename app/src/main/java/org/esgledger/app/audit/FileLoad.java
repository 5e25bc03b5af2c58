package org.esgledger.app.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a catalogue or organisation file did to what the workspace held, as its audit event records
 * it: the file, its SHA-256 and rows, then by code what it added, what it replaced (a code held
 * before and in the file: its saved definition replaced by the file's, changed or not) and, for a
 * file that replaces every saved definition of its kind, what it removed.
 *
 * @param held        the codes held before the load
 * @param loaded      the codes of the file, in file order
 * @param replacesAll whether the file replaces every saved definition of its kind (consistency rules, targets)
 */
public record FileLoad(String file, String sha256, int rows, Set<String> held, List<String> loaded, boolean replacesAll) {

    public FileLoad {
        held = Set.copyOf(held);
        loaded = List.copyOf(new LinkedHashSet<>(loaded));
    }

    /** {@code {"held": n}}: how many definitions of the kind the workspace held. */
    public Map<String, Object> before() {
        return Map.of("held", held.size());
    }

    /** File, SHA-256, rows, what was added, replaced and removed (codes joined with {@code ,}), and how many are held after. */
    public Map<String, Object> after() {
        List<String> added = new ArrayList<>();
        List<String> replaced = new ArrayList<>();
        loaded.forEach(code -> (held.contains(code) ? replaced : added).add(code));
        List<String> removed = replacesAll ? held.stream().filter(code -> !loaded.contains(code)).sorted().toList() : List.of();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("file", file);
        after.put("sha256", sha256);
        after.put("rows", rows);
        after.put("added", String.join(",", added));
        after.put("replaced", String.join(",", replaced));
        after.put("removed", String.join(",", removed));
        after.put("held", replacesAll ? loaded.size() : held.size() + added.size());
        return after;
    }
}
