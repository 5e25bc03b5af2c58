package org.esgledger.app.catalogue.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.target.Basis;
import org.esgledger.engine.target.Comparator;
import org.esgledger.engine.target.Target;
import org.esgledger.engine.unit.UnitCatalogue;

/** Reads a targets file ({@code docs/formats/targets.md}). */
public final class TargetFile {

    static final Set<String> REQUIRED = Set.of("id", "entity", "subject_zh", "subject_en", "comparator", "target_year");
    static final Set<String> OPTIONAL = Set.of("type", "text_zh", "text_en", "indicator", "threshold", "unit", "per", "basis",
            "declared", "note", "department_zh", "department_en");

    private TargetFile() {
    }

    public static List<Target> read(SourceFile file, Map<String, Indicator> indicators, OrganisationTree tree, UnitCatalogue units,
                                    Problems problems) {
        CsvTable table = CsvTable.read(file, REQUIRED, OPTIONAL, problems);
        List<Target> targets = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row r : table.rows()) {
            int before = problems.list().size();
            String id = r.get("id");
            if (id.isEmpty() || !ids.add(id)) {
                problems.add(r.line(), "id", id.isEmpty() ? "value.missing" : "key.duplicate", id);
            }
            if (tree.entity(r.get("entity")).isEmpty()) {
                problems.add(r.line(), "entity", "entity.unknown", r.get("entity"));
            }
            Comparator comparator = comparator(r, problems);
            Optional<String> indicator = r.has("indicator") ? Optional.of(r.get("indicator")) : Optional.empty();
            Optional<String> per = r.has("per") ? Optional.of(r.get("per")) : Optional.empty();
            for (String column : List.of("indicator", "per")) {
                if (r.has(column) && (!indicators.containsKey(r.get(column)) || !indicators.get(r.get(column)).valueType().numeric())) {
                    problems.add(r.line(), column, "check.unknownIndicator", r.get(column));
                }
            }
            if (r.has("unit") && units.unit(r.get("unit")).isEmpty()) {
                problems.add(r.line(), "unit", "unit.unknownCode", r.get("unit"));
            }
            Optional<BigDecimal> threshold = threshold(r, indicator.isPresent() && plain(comparator), problems);
            if (indicator.isPresent() && comparator == Comparator.NONE) {
                problems.add(r.line(), "comparator", "value.missing");
            }
            Basis basis = basis(r, problems);
            if (problems.list().size() == before) {
                targets.add(new Target(id, r.get("entity"), Bilingual.of(r.get("subject_zh"), r.get("subject_en")),
                        Bilingual.of(r.get("text_zh"), r.get("text_en")), r.get("type"), indicator, comparator, threshold,
                        r.get("unit"), per, basis, r.get("target_year"), r.get("declared"), r.get("note"),
                        Bilingual.of(r.get("department_zh"), r.get("department_en"))));
            }
        }
        return targets;
    }

    private static Comparator comparator(CsvTable.Row r, Problems problems) {
        try {
            return Comparator.parse(r.get("comparator"));
        } catch (RuntimeException e) {
            problems.add(r.line(), "comparator", "value.notInList", r.get("comparator"), "<, <=, =, >=, >, decrease_yoy, zero, compliant");
            return Comparator.NONE;
        }
    }

    private static Basis basis(CsvTable.Row r, Problems problems) {
        try {
            return Basis.parse(r.get("basis"));
        } catch (RuntimeException e) {
            problems.add(r.line(), "basis", "value.notInList", r.get("basis"), "annual, monthly_average");
            return Basis.ANNUAL;
        }
    }

    /** The threshold, a number; required when the target compares an indicator with one. */
    private static Optional<BigDecimal> threshold(CsvTable.Row r, boolean required, Problems problems) {
        if (r.has("threshold")) {
            try {
                return Optional.of(new BigDecimal(r.get("threshold")));
            } catch (NumberFormatException e) {
                problems.add(r.line(), "threshold", "value.invalid", r.get("threshold"), "a number");
            }
        } else if (required) {
            problems.add(r.line(), "threshold", "value.missing");
        }
        return Optional.empty();
    }

    private static boolean plain(Comparator c) {
        return c == Comparator.LT || c == Comparator.LE || c == Comparator.EQ || c == Comparator.GE || c == Comparator.GT;
    }
}
