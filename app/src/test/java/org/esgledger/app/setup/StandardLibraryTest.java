package org.esgledger.app.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.catalogue.ValueType;
import org.esgledger.engine.formula.Formula;
import org.esgledger.engine.formula.Reference;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

/**
 * The standard indicator library the set-up ships ({@code catalogue/}): it covers Guideline No. 17,
 * its indicators are complete, and its formulas are sound. Read from the files, as the set-up reads them.
 */
class StandardLibraryTest {

    /** Quantitative G17 data points no library indicator stands for, and why. */
    static final Map<String, String> NOT_AN_INDICATOR = Map.of(
            "E01-14", "per target: reduction targets and their effects are targets, measured by the GHG indicators",
            "E02-03", "per target: pollutant reduction targets are targets, measured by the pollutant indicators",
            "E03-04", "per target: waste reduction targets are targets, measured by the waste indicators",
            "E08-01", "per target: circular-economy targets are targets, measured by the waste and materials indicators",
            "E01-13", "a methodology change is a restatement with its reason, not a figure",
            "STR-04", "narrative: significant impacts and the response to them",
            "STR-05", "narrative: effects on strategy and decisions",
            "E01-03", "narrative: the transition plan, its assumptions and progress",
            "E02-02", "narrative: treatment facilities and their results, figures reported by the pollutant indicators");

    static final UnitCatalogue UNITS = UnitTable.standard();

    static List<CsvTable.Row> rows(String resource, String... columns) {
        Problems problems = new Problems(resource);
        CsvTable table = CsvTable.readAllowingExtraColumns(SourceFile.resource(resource), Set.of(columns), problems);
        problems.throwIfAny();
        return table.rows();
    }

    static Map<String, CsvTable.Row> library() {
        Map<String, CsvTable.Row> byCode = new TreeMap<>();
        rows(WorkspaceSetup.INDICATORS, "code", "name_zh", "name_en", "value_type", "unit", "references").forEach(r -> byCode.put(r.get("code"), r));
        return byCode;
    }

    @Test
    void everyQuantitativeGuidelineDataPointHasAnIndicator() {
        Set<String> referenced = new HashSet<>();
        library().values().forEach(r -> referenced.addAll(List.of(r.get("references").split(";"))));
        List<String> quantitative = rows("reference/szse-g17-datapoints.csv", "datapoint_id", "data_type").stream()
                .filter(r -> r.get("data_type").contains("quantit") || r.get("data_type").contains("count"))
                .map(r -> r.get("datapoint_id")).toList();
        assertThat(quantitative).as("quantity, quantitative and mixed data points of the reference table").hasSize(59);
        List<String> uncovered = quantitative.stream().filter(d -> !referenced.contains("SZSE:" + d))
                .filter(d -> !NOT_AN_INDICATOR.containsKey(d)).toList();
        assertThat(uncovered).as("G17 data points with no library indicator and no stated reason").isEmpty();
        assertThat(NOT_AN_INDICATOR.keySet()).as("a data point excepted is not covered after all").allSatisfy(d ->
                assertThat(referenced).doesNotContain("SZSE:" + d));
    }

    @Test
    void everyIndicatorHasBothNamesAndAUnitThatFitsItsValueType() {
        List<String> wrong = new ArrayList<>();
        library().forEach((code, r) -> {
            if (r.get("name_zh").isBlank() || r.get("name_en").isBlank()) {
                wrong.add(code + ": a name is missing");
            }
            ValueType type = Codes.parse(ValueType.class, r.get("value_type"));
            String unit = r.get("unit");
            if (!type.numeric()) {
                if (!unit.isEmpty()) {
                    wrong.add(code + ": " + type + " with unit " + unit);
                }
                return;
            }
            String group = UNITS.groupOf(UNITS.resolve(unit)).code();
            boolean fits = switch (type) {
                case PERCENTAGE -> group.equals("dimensionless");
                case MONEY -> group.startsWith("money_");
                case COUNT -> Set.of("headcount", "person_time", "occurrence", "item", "share", "rank").contains(group);
                case RATIO -> group.contains("_per_") || group.equals("dimensionless");
                default -> !group.startsWith("money_") && !group.equals("dimensionless");
            };
            if (!fits) {
                wrong.add(code + ": " + type + " in " + unit + " (" + group + ")");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyFormulaParsesAndReadsLibraryIndicators() {
        Map<String, CsvTable.Row> library = library();
        List<String> wrong = new ArrayList<>();
        List<CsvTable.Row> formulas = rows(WorkspaceSetup.FORMULAS, "indicator", "formula", "version");
        for (CsvTable.Row r : formulas) {
            Formula f = Formula.parse(r.get("indicator"), r.get("formula"), r.get("version"));
            if (!library.containsKey(f.indicator())) {
                wrong.add(f.indicator() + " is not a library indicator");
            }
            f.references().stream().map(Reference::indicator).filter(i -> !library.containsKey(i))
                    .forEach(i -> wrong.add(f.indicator() + " reads " + i + ", not a library indicator"));
        }
        assertThat(wrong).isEmpty();
        Set<String> derived = formulas.stream().map(r -> r.get("indicator")).collect(Collectors.toSet());
        assertThat(derived).as("the standard derived figures").contains("ghg_total_emissions", "energy_intensity_revenue",
                "water_intensity_revenue", "waste_generated_total", "new_hire_rate", "training_hours_per_employee",
                "anti_corruption_training_share", "rd_staff_share", "rd_investment_revenue_ratio", "female_employee_share");
    }

    @Test
    void theDemosOwnIndicatorsAreNotInTheLibrary() {
        Map<String, CsvTable.Row> library = library();
        List<String> demo = rows("demo/indicators.csv", "code").stream().map(r -> r.get("code")).toList();
        assertThat(demo).hasSize(17).noneMatch(library::containsKey);
        Set<String> demoCatalogue = new HashSet<>(library.keySet());
        demoCatalogue.addAll(demo);
        assertThat(rows("demo/facts-2024-report.csv", "indicator").stream().map(r -> r.get("indicator")).distinct())
                .as("every indicator the demo's printed figures name is in the library or the demo's own").allMatch(demoCatalogue::contains)
                .hasSize(192);
    }
}
