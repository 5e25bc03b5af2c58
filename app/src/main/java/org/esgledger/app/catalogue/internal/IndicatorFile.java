package org.esgledger.app.catalogue.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Aggregation;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.catalogue.Dimension;
import org.esgledger.engine.catalogue.Direction;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.catalogue.ValueType;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.unit.Unit;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitException;

/**
 * Reads an indicator catalogue file ({@code docs/formats/indicators.md}) and checks every row
 * against the units, dimensions and framework items of the workspace.
 */
public final class IndicatorFile {

    static final Set<String> REQUIRED = Set.of("code", "name_zh", "name_en", "value_type", "unit", "aggregation", "decimals");
    static final Set<String> OPTIONAL = Set.of("definition_zh", "definition_en", "dimensions", "direction", "topic", "references", "consolidation");

    private IndicatorFile() {
    }

    public static List<Indicator> read(SourceFile file, UnitCatalogue units, Map<String, Dimension> dimensions,
                                       Set<FrameworkRef> frameworkItems, Problems problems) {
        return read(file, units, dimensions, frameworkItems, problems, new HashMap<>());
    }

    /**
     * @param consolidation filled with each indicator's consolidation basis ({@code operational_control},
     *                      the default, or {@code equity_share})
     */
    public static List<Indicator> read(SourceFile file, UnitCatalogue units, Map<String, Dimension> dimensions,
                                       Set<FrameworkRef> frameworkItems, Problems problems, Map<String, String> consolidation) {
        CsvTable table = CsvTable.read(file, REQUIRED, OPTIONAL, problems);
        List<Indicator> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (CsvTable.Row r : table.rows()) {
            int before = problems.list().size();
            String code = r.get("code");
            if (!code.matches("[a-z][a-z0-9_]*")) {
                problems.add(r.line(), "code", "code.invalid", code);
            } else if (!codes.add(code)) {
                problems.add(r.line(), "code", "key.duplicate", code);
            }
            String basis = r.has("consolidation") ? r.get("consolidation") : "operational_control";
            if (!basis.equals("operational_control") && !basis.equals("equity_share")) {
                problems.add(r.line(), "consolidation", "consolidation.invalid", basis);
            }
            consolidation.put(code, basis);
            if (r.get("name_zh").isEmpty() || r.get("name_en").isEmpty()) {
                problems.add(r.line(), r.get("name_zh").isEmpty() ? "name_zh" : "name_en", "name.missing");
            }
            ValueType type = parse(r, "value_type", ValueType::parse, ValueType.class, problems);
            Aggregation aggregation = parse(r, "aggregation", Aggregation::parse, Aggregation.class, problems);
            Direction direction = parse(r, "direction", Direction::parse, Direction.class, problems);
            Integer decimals = decimals(r, problems);
            Unit unit = unit(r, type, units, problems);
            List<String> dims = dimensions(r, dimensions, problems);
            List<FrameworkRef> refs = references(r, frameworkItems, problems);
            if (problems.list().size() == before) {
                out.add(new Indicator(code, Bilingual.of(r.get("name_zh"), r.get("name_en")),
                        Bilingual.of(r.get("definition_zh"), r.get("definition_en")), type,
                        unit == null ? "" : unit.groupCode(), unit == null ? "" : unit.code(), aggregation, dims,
                        decimals, direction, r.get("topic"), refs));
            }
        }
        return out;
    }

    /** The dimensions an indicator may be broken down by; each must be in the catalogue. */
    private static List<String> dimensions(CsvTable.Row r, Map<String, Dimension> dimensions, Problems problems) {
        List<String> dims = list(r.get("dimensions"));
        for (String d : dims) {
            if (!dimensions.containsKey(d)) {
                problems.add(r.line(), "dimensions", "dimension.unknown", d);
            }
        }
        return dims;
    }

    /** The framework items an indicator answers, each known, each once. */
    private static List<FrameworkRef> references(CsvTable.Row r, Set<FrameworkRef> frameworkItems, Problems problems) {
        List<FrameworkRef> refs = new ArrayList<>();
        for (String text : list(r.get("references"))) {
            try {
                FrameworkRef ref = FrameworkRef.parse(text);
                if (!frameworkItems.contains(ref)) {
                    problems.add(r.line(), "references", "reference.unknown", text);
                } else if (!refs.contains(ref)) {
                    refs.add(ref);
                }
            } catch (IllegalArgumentException e) {
                problems.add(r.line(), "references", "value.invalid", text, e.getMessage());
            }
        }
        return refs;
    }

    private static Unit unit(CsvTable.Row r, ValueType type, UnitCatalogue units, Problems problems) {
        String text = r.get("unit");
        if (type == null) {
            return null;
        }
        if (!type.numeric()) {
            if (!text.isEmpty()) {
                problems.add(r.line(), "unit", "unit.notAllowed", text);
            }
            return null;
        }
        if (text.isEmpty()) {
            problems.add(r.line(), "unit", "unit.required", Codes.code(type));
            return null;
        }
        try {
            return units.resolve(text);
        } catch (UnitException e) {
            problems.add(r.line(), "unit", e.problem());
            return null;
        }
    }

    private static Integer decimals(CsvTable.Row r, Problems problems) {
        try {
            int d = Integer.parseInt(r.get("decimals"));
            if (d < 0 || d > 10) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            problems.add(r.line(), "decimals", "decimals.invalid", r.get("decimals"));
            return 0;
        }
    }

    private static <E extends Enum<E>> E parse(CsvTable.Row r, String column, Function<String, E> parser, Class<E> type,
                                               Problems problems) {
        try {
            return parser.apply(r.get(column));
        } catch (IllegalArgumentException e) {
            problems.add(r.line(), column, "enum.invalid", r.get(column), Codes.allowed(type));
            return null;
        }
    }

    static List<String> list(String cell) {
        return cell.isBlank() ? List.of()
                : Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
