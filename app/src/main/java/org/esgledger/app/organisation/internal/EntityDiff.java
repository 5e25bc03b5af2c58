package org.esgledger.app.organisation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.esgledger.app.organisation.EntityChange;
import org.esgledger.engine.organisation.ReportingEntity;

/** What a checked organisation file changes against the entities held: added, changed (field by field), unchanged, not in the file. */
public record EntityDiff(List<ReportingEntity> added, List<EntityChange> changed, List<String> unchanged, List<String> notInFile) {

    public static EntityDiff of(List<ReportingEntity> held, Map<String, String> notes, List<EntityFile.Entry> entries) {
        Map<String, ReportingEntity> byCode = held.stream().collect(Collectors.toMap(ReportingEntity::code, Function.identity()));
        List<ReportingEntity> added = new ArrayList<>();
        List<EntityChange> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> notInFile = new TreeSet<>(byCode.keySet());
        for (EntityFile.Entry entry : entries) {
            ReportingEntity now = entry.entity();
            ReportingEntity was = byCode.get(now.code());
            notInFile.remove(now.code());
            if (was == null) {
                added.add(now);
                continue;
            }
            List<EntityChange> fields = fields(was, notes.getOrDefault(was.code(), ""), now, entry.note());
            if (fields.isEmpty()) {
                unchanged.add(now.code());
            }
            changed.addAll(fields);
        }
        return new EntityDiff(added, changed, unchanged, List.copyOf(notInFile));
    }

    private static List<EntityChange> fields(ReportingEntity was, String wasNote, ReportingEntity now, String note) {
        Map<String, String> before = EntityColumns.of(was);
        Map<String, String> after = EntityColumns.of(now);
        before.put("note", wasNote == null ? "" : wasNote);
        after.put("note", note == null ? "" : note);
        List<EntityChange> out = new ArrayList<>();
        for (String column : EntityColumns.ORDER) {
            if (!before.get(column).equals(after.get(column))) {
                out.add(new EntityChange(now.code(), column, before.get(column), after.get(column)));
            }
        }
        return out;
    }
}
