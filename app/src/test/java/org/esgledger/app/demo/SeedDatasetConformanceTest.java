package org.esgledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.organisation.ReportingEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo reproduces the seed dataset: every one of its data points is a fact with the same value
 * (compared exactly) and the same unit, or, for derived indicators, a value computed by formula that
 * equals it at the printed rounding or is flagged by a consistency finding; no fact is left over. Reads the shared seed dataset,
 * which sits beside a clone in CI and in the developers' workplace; the application never does.
 */
@StoreTest
@EnabledIf("seedDatasetPresent")
class SeedDatasetConformanceTest {

    static final Path SEED = Path.of("../../shared/seed-dataset/indicators.csv");

    static boolean seedDatasetPresent() {
        return Files.isRegularFile(SEED);
    }

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Facts facts;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Organisation organisation;
    @Autowired
    org.esgledger.app.calculation.Calculations calculations;

    @Test
    void everySeedFigureIsAFactWithTheSameValueAndUnit() throws IOException {
        workspaces.demo();
        List<FactView> all = facts.list(Optional.empty());
        var formulas = catalogue.formulas();
        java.util.Map<Integer, org.esgledger.app.calculation.Calculations.Run> runs = new java.util.HashMap<>();
        java.util.Map<Integer, List<org.esgledger.app.calculation.FindingView>> findings = new java.util.HashMap<>();
        int derived = 0;
        var units = catalogue.units();
        var tree = organisation.tree();
        Set<String> matched = new HashSet<>();
        List<String> missing = new ArrayList<>();
        int rows = 0;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(SEED)) {
            for (NamedCsvRecord r : csv) {
                rows++;
                String indicator = r.getField("indicator_id");
                String entity = tree.entities().stream().filter(e -> e.answersTo(r.getField("entity")))
                        .map(ReportingEntity::code).findFirst().orElse("?");
                String year = r.getField("year");
                String period = year.isEmpty() ? "2024" : year.replace("2022-2024", "2022..2024");
                String nature = Nature.parse(r.getField("value_type")).name().toLowerCase();
                String dimension = r.getField("dimension");
                BigDecimal value = new BigDecimal(r.getField("value"));
                String unitGroup = catalogue.indicator(indicator).orElseThrow().unitGroup();
                String unit = unitGroup.isEmpty() ? "" : units.resolve(r.getField("unit_zh"), unitGroup).code();
                if (formulas.isDerived(indicator)) {
                    // a derived figure: computed by formula; equal at the printed rounding, or flagged by a finding
                    int y = Integer.parseInt(period);
                    var run = runs.computeIfAbsent(y, calculations::run);
                    var key = new org.esgledger.engine.fact.FactKey(indicator, entity, new org.esgledger.engine.fact.Period.FiscalYear(y),
                            Breakdown.TOTAL, Nature.ACTUAL);
                    var o = run.calculation().outcome(key);
                    boolean equal = o.isPresent() && o.get() instanceof org.esgledger.engine.calc.Outcome.Available a
                            && org.esgledger.engine.calc.Disclosure.round(a.value(), value.scale()).compareTo(value) == 0
                            && a.unit().equals(unit);
                    boolean flagged = findings.computeIfAbsent(y, calculations::checks).stream()
                            .anyMatch(f -> f.subject().equals(key.toString()));
                    if (equal || flagged) {
                        derived++;
                    } else {
                        missing.add(r.getStartingLineNumber() + ": derived " + key + " printed " + value + " not reproduced and not flagged");
                    }
                    continue;
                }
                Optional<FactView> fact = all.stream()
                        .filter(f -> !matched.contains(f.id()))
                        .filter(f -> f.indicator().equals(indicator) && f.entity().equals(entity) && f.key().period().code().equals(period)
                                && Codes.code(f.key().nature()).equals(nature))
                        .filter(f -> dimension.isEmpty() ? f.key().breakdown().isTotal()
                                : f.key().breakdown().members().keySet().equals(Set.of(dimension)))
                        .filter(f -> new BigDecimal(f.plain()).compareTo(value) == 0 && f.unitCode().equals(unit))
                        .filter(f -> dimension.isEmpty() || r.getField("dimension_value").contains("UNRESOLVED")
                                || dimension.equals("recipient")
                                || f.key().breakdown().code().equals(dimension + "=" + r.getField("dimension_value")))
                        .findFirst();
                if (fact.isPresent()) {
                    matched.add(fact.get().id());
                } else {
                    missing.add(r.getStartingLineNumber() + ": " + indicator + " " + r.getField("entity") + " " + year + " "
                            + dimension + "=" + r.getField("dimension_value") + " " + value + " " + r.getField("unit_zh"));
                }
            }
        }
        assertThat(missing).as("seed rows without an identical fact").isEmpty();
        assertThat(rows).isEqualTo(332);
        assertThat(derived).isEqualTo(20);
        assertThat(matched).hasSize(332 - 20);
        // what is left is what the ledgers compute and the report does not print
        assertThat(all.stream().filter(f -> !matched.contains(f.id())).filter(f -> !f.provenance().source().startsWith("energy ledger")
                        && !f.provenance().source().startsWith("other emission sources ledger")))
                .allSatisfy(f -> assertThat(Codes.code(f.origin())).isEqualTo("computed"))
                .extracting(f -> f.indicator() + "@" + f.key().period().code())
                .containsExactlyInAnyOrder("maternity_leave_returned@2024", "employees_total@2023", "charitable_donation@2024",
                        "charitable_donation@2024", "suppliers_integrity_agreement_signed@2024");
    }
}
