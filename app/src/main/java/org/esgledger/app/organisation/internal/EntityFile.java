package org.esgledger.app.organisation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;

/** Reads an organisation file ({@code docs/formats/entities.md}) and checks that the result is one tree. */
public final class EntityFile {

    static final Set<String> REQUIRED = Set.of("code", "parent", "kind", "name_zh", "name_en", "in_boundary");
    /**
     * An entity code: what companies use (HN-DG, 1000, tangxia): letters, digits, hyphen, dot and
     * underscore, starting with a letter or digit, at most 64 characters; unique ignoring case.
     */
    public static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final Set<String> OPTIONAL = Set.of("country", "province", "ownership_share", "aliases", "note");

    /** An entity read from the file with the note that goes with it. */
    public record Entry(ReportingEntity entity, String note, int line) {
    }

    private EntityFile() {
    }

    public static List<Entry> read(SourceFile file, List<ReportingEntity> existing, Problems problems) {
        CsvTable table = CsvTable.read(file, REQUIRED, OPTIONAL, problems);
        List<Entry> out = new ArrayList<>();
        Map<String, String> codes = new HashMap<>();
        existing.forEach(e -> codes.put(e.code().toLowerCase(Locale.ROOT), e.code()));
        Set<String> inFile = new HashSet<>();
        for (CsvTable.Row r : table.rows()) {
            int before = problems.list().size();
            String code = r.get("code");
            String other = codes.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
            if (!code.matches(CODE)) {
                problems.add(r.line(), "code", "entity.codeInvalid", code);
            } else if (!inFile.add(code)) {
                problems.add(r.line(), "code", "key.duplicate", code);
            } else if (other != null && !other.equals(code)) {
                problems.add(r.line(), "code", "entity.codeCase", code, other);
            }
            EntityKind kind = null;
            try {
                kind = EntityKind.parse(r.get("kind"));
            } catch (IllegalArgumentException e) {
                problems.add(r.line(), "kind", "enum.invalid", r.get("kind"), Codes.allowed(EntityKind.class));
            }
            if (r.get("name_zh").isEmpty() || r.get("name_en").isEmpty()) {
                problems.add(r.line(), r.get("name_zh").isEmpty() ? "name_zh" : "name_en", "name.missing");
            }
            Boolean inBoundary = yesNo(r.get("in_boundary"));
            if (inBoundary == null) {
                problems.add(r.line(), "in_boundary", "boolean.invalid", r.get("in_boundary"));
            }
            BigDecimal share = share(r.get("ownership_share"));
            if (share == null) {
                problems.add(r.line(), "ownership_share", "share.invalid", r.get("ownership_share"));
            }
            String country = r.get("country").toUpperCase(Locale.ROOT);
            if (!country.isEmpty() && !country.matches("[A-Z]{2}")) {
                problems.add(r.line(), "country", "country.invalid", r.get("country"));
            }
            if (problems.list().size() == before) {
                String parent = r.get("parent");
                out.add(new Entry(new ReportingEntity(code, parent.isEmpty() ? Optional.empty() : Optional.of(parent), kind,
                        Bilingual.of(r.get("name_zh"), r.get("name_en")), country, r.get("province").toUpperCase(Locale.ROOT),
                        inBoundary, share, aliases(r.get("aliases"))), r.get("note"), r.line()));
            }
        }
        checkTree(out, existing, problems);
        return out;
    }

    /** The file's entities replace existing ones with the same code; the whole must be one tree. */
    private static void checkTree(List<Entry> entries, List<ReportingEntity> existing, Problems problems) {
        Map<String, ReportingEntity> merged = new HashMap<>();
        existing.forEach(e -> merged.put(e.code(), e));
        entries.forEach(e -> merged.put(e.entity().code(), e.entity()));
        for (Entry e : entries) {
            Optional<String> parent = e.entity().parent();
            if (parent.isPresent() && !merged.containsKey(parent.get())) {
                problems.add(e.line(), "parent", "entity.unknown", parent.get());
                return;
            }
        }
        Map<String, String> names = new HashMap<>();
        for (ReportingEntity e : merged.values()) {
            List<String> all = new ArrayList<>(e.aliases());
            all.add(e.code());
            for (String name : all) {
                String other = names.putIfAbsent(name, e.code());
                if (other != null && !other.equals(e.code())) {
                    int line = entries.stream().filter(x -> x.entity().code().equals(e.code())).findFirst().map(Entry::line).orElse(1);
                    problems.add(line, "aliases", "alias.taken", name, other);
                }
            }
        }
        try {
            new OrganisationTree(merged.values());
        } catch (EsgException ex) {
            problems.add(entries.isEmpty() ? 1 : entries.get(0).line(), "parent", ex.problem());
        }
    }

    static List<String> aliases(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(";")).map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "是" -> true;
            case "false", "no", "n", "0", "否" -> false;
            default -> null;
        };
    }

    /** {@code 1}, {@code 0.51} or {@code 51%}; blank is wholly owned. */
    static BigDecimal share(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return BigDecimal.ONE;
        }
        try {
            BigDecimal v = t.endsWith("%") ? new BigDecimal(t.substring(0, t.length() - 1).strip()).movePointLeft(2) : new BigDecimal(t);
            return v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0 ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
