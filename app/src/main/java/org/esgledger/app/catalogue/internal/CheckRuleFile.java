package org.esgledger.app.catalogue.internal;

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
import org.esgledger.engine.check.CheckRule;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.FormulaException;
import org.esgledger.engine.formula.Reference;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.unit.UnitCatalogue;

/**
 * Reads a consistency-rules file ({@code docs/formats/checks.md}). An empty {@code entity} means the
 * organisation's root, whichever it is: such rules can be loaded before any organisation exists.
 */
public final class CheckRuleFile {

    static final Set<String> REQUIRED = Set.of("id", "kind", "entity", "left", "right", "unit", "decimals", "severity",
            "description_zh", "description_en");

    private CheckRuleFile() {
    }

    public static List<CheckRule> read(SourceFile file, Map<String, Indicator> indicators, OrganisationTree tree, UnitCatalogue units,
                                       Problems problems) {
        CsvTable table = CsvTable.read(file, REQUIRED, Set.of(), problems);
        List<CheckRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (CsvTable.Row r : table.rows()) {
            CheckRule.Kind kind = kind(r, ids, tree, units, problems);
            if (kind != null) {
                rule(r, kind, indicators, problems).ifPresent(rules::add);
            }
        }
        return rules;
    }

    /** The row's kind once its id, kind, entity and unit are valid; null (with the problem noted) otherwise. */
    private static CheckRule.Kind kind(CsvTable.Row r, Set<String> ids, OrganisationTree tree, UnitCatalogue units,
                                       Problems problems) {
        String id = r.get("id");
        if (!id.matches("[a-z0-9][a-z0-9_-]*")) {
            problems.add(r.line(), "id", "code.invalid", id);
            return null;
        }
        if (!ids.add(id)) {
            problems.add(r.line(), "id", "key.duplicate", id);
            return null;
        }
        CheckRule.Kind kind = r.get("kind").equals("equals") ? CheckRule.Kind.EQUALS
                : r.get("kind").equals("one_of") ? CheckRule.Kind.ONE_OF : null;
        if (kind == null) {
            problems.add(r.line(), "kind", "value.notInList", r.get("kind"), "equals, one_of");
        } else if (!r.get("entity").isEmpty() && tree.entity(r.get("entity")).isEmpty()) {
            problems.add(r.line(), "entity", "entity.unknown", r.get("entity"));
            return null;
        } else if (units.unit(r.get("unit")).isEmpty()) {
            problems.add(r.line(), "unit", "unit.unknownCode", r.get("unit"));
            return null;
        }
        return kind;
    }

    /** The rule of a row: its expressions, decimals and severity; empty (with the problem noted) when one is wrong. */
    private static Optional<CheckRule> rule(CsvTable.Row r, CheckRule.Kind kind, Map<String, Indicator> indicators,
                                            Problems problems) {
        String id = r.get("id");
        Formula left = expression(id, r, "left", r.get("left"), indicators, problems);
        List<Formula> right = new ArrayList<>();
        for (String part : r.get("right").split(";")) {
            Formula f = expression(id, r, "right", part.strip(), indicators, problems);
            if (f != null) {
                right.add(f);
            }
        }
        int decimals;
        Severity severity;
        try {
            decimals = Integer.parseInt(r.get("decimals"));
            severity = Severity.parse(r.get("severity"));
        } catch (RuntimeException e) {
            problems.add(r.line(), "decimals", "value.invalid", r.get("decimals") + " / " + r.get("severity"),
                    "decimals 0-10, severity info|low|medium|high");
            return Optional.empty();
        }
        if (left != null && !right.isEmpty() && (kind == CheckRule.Kind.ONE_OF || right.size() == 1)) {
            return Optional.of(new CheckRule(id, kind, r.get("entity"), left, right, r.get("unit"), decimals, severity,
                    Bilingual.of(r.get("description_zh"), r.get("description_en"))));
        }
        if (left != null && kind == CheckRule.Kind.EQUALS && right.size() > 1) {
            problems.add(r.line(), "right", "check.oneRight");
        }
        return Optional.empty();
    }

    private static Formula expression(String id, CsvTable.Row r, String column, String text, Map<String, Indicator> indicators,
                                      Problems problems) {
        try {
            Formula f = Formula.parse(id, text, "1");
            for (Reference ref : f.references()) {
                if (!indicators.containsKey(ref.indicator())) {
                    problems.add(r.line(), column, "check.unknownIndicator", ref.indicator());
                    return null;
                }
            }
            return f;
        } catch (FormulaException e) {
            problems.add(r.line(), column, e.problem());
            return null;
        }
    }
}
