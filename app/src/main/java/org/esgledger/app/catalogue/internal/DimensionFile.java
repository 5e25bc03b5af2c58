package org.esgledger.app.catalogue.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.i18n.Bilingual;

/**
 * Reads a dimensions file ({@code docs/formats/dimensions.md}): a row with an empty member names a
 * dimension, the rows after it list its members.
 */
public final class DimensionFile {

    static final String CODE = "[a-z0-9][a-z0-9_]*";

    private DimensionFile() {
    }

    public static List<Dimension> read(SourceFile file, Problems problems) {
        CsvTable table = CsvTable.read(file, Set.of("dimension", "member", "name_zh", "name_en"), Set.of(), problems);
        Map<String, Bilingual> names = new LinkedHashMap<>();
        Map<String, List<Dimension.Member>> members = new LinkedHashMap<>();
        for (CsvTable.Row r : table.rows()) {
            String dimension = r.get("dimension");
            String member = r.get("member");
            Bilingual name = Bilingual.of(r.get("name_zh"), r.get("name_en"));
            if (!dimension.matches(CODE)) {
                problems.add(r.line(), "dimension", "code.invalid", dimension);
                continue;
            }
            if (name.zh().isEmpty() || name.en().isEmpty()) {
                problems.add(r.line(), name.zh().isEmpty() ? "name_zh" : "name_en", "name.missing");
                continue;
            }
            if (member.isEmpty()) {
                if (names.put(dimension, name) != null) {
                    problems.add(r.line(), "dimension", "key.duplicate", dimension);
                }
                members.putIfAbsent(dimension, new ArrayList<>());
                continue;
            }
            if (!member.matches(CODE)) {
                problems.add(r.line(), "member", "code.invalid", member);
            } else if (!names.containsKey(dimension)) {
                problems.add(r.line(), "dimension", "dimension.undeclared", dimension);
            } else if (members.get(dimension).stream().anyMatch(m -> m.code().equals(member))) {
                problems.add(r.line(), "member", "key.duplicate", dimension + "=" + member);
            } else {
                members.get(dimension).add(new Dimension.Member(member, name));
            }
        }
        List<Dimension> out = new ArrayList<>();
        names.forEach((code, name) -> out.add(new Dimension(code, name, members.get(code))));
        return out;
    }
}
