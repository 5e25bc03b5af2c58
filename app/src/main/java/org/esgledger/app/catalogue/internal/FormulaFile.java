package org.esgledger.app.catalogue.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.FormulaException;
import org.esgledger.engine.formula.FormulaSet;
import org.esgledger.engine.formula.FormulaSetException;

/**
 * Reads a formulas file ({@code docs/formats/formulas.md}) and checks the formulas together with
 * the ones already saved: syntax, references, units and cycles. Every problem is reported on the
 * row and column where it is, in zh and en; the formulas that parse are checked together even when
 * others do not, so one run lists every problem.
 */
public final class FormulaFile {

    /** A formula as saved, with its note and row. */
    public record Entry(int line, Formula formula, String note) {
    }

    private FormulaFile() {
    }

    public static List<Entry> read(SourceFile file, Map<String, Indicator> indicators, Map<String, Dimension> dimensions,
                                   List<Formula> existing, Problems problems) {
        CsvTable table = CsvTable.read(file, Set.of("indicator", "formula", "version"), Set.of("note"), problems);
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        for (CsvTable.Row r : table.rows()) {
            String indicator = r.get("indicator");
            if (lines.put(indicator, r.line()) != null) {
                problems.add(r.line(), "indicator", "key.duplicate", indicator);
                continue;
            }
            if (!r.has("version")) {
                problems.add(r.line(), "version", "value.missing");
                continue;
            }
            try {
                entries.add(new Entry(r.line(), Formula.parse(indicator, r.get("formula"), r.get("version")), r.get("note")));
            } catch (FormulaException e) {
                problems.add(r.line(), "formula", e.problem());
            }
        }
        Map<String, Formula> all = new HashMap<>();
        existing.forEach(f -> all.put(f.indicator(), f));
        entries.forEach(e -> all.put(e.formula().indicator(), e.formula()));
        try {
            FormulaSet.of(all.values(), indicators, dimensions);
        } catch (FormulaSetException e) {
            for (FormulaException p : e.problems()) {
                problems.add(lines.getOrDefault(p.indicator(), 1), "formula", p.problem());
            }
        }
        return entries;
    }
}
