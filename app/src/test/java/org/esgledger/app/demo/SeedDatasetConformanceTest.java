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
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.organisation.ReportingEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo reproduces the seed dataset: every one of its data points is a fact with the same value
 * (compared exactly) and the same unit, and no fact is left over. Reads the shared seed dataset,
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
    DemoWorkspace demo;
    @Autowired
    Facts facts;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Organisation organisation;

    @Test
    void everySeedFigureIsAFactWithTheSameValueAndUnit() throws IOException {
        demo.refresh(true);
        List<FactView> all = facts.list(Optional.empty());
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
                Optional<FactView> fact = all.stream()
                        .filter(f -> !matched.contains(f.id()))
                        .filter(f -> f.indicator().equals(indicator) && f.entity().equals(entity) && f.period().equals(period)
                                && f.nature().equals(nature))
                        .filter(f -> dimension.isEmpty() ? f.breakdown().isEmpty()
                                : Breakdown.parse(f.breakdown()).members().keySet().equals(Set.of(dimension)))
                        .filter(f -> new BigDecimal(f.value()).compareTo(value) == 0 && f.unit().equals(unit))
                        .filter(f -> dimension.isEmpty() || r.getField("dimension_value").contains("UNRESOLVED")
                                || dimension.equals("recipient")
                                || f.breakdown().equals(dimension + "=" + r.getField("dimension_value")))
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
        assertThat(matched).hasSize(332);
        // what is left is what the ledgers compute and the report does not print
        assertThat(all.stream().filter(f -> !matched.contains(f.id())))
                .allSatisfy(f -> assertThat(f.origin()).isEqualTo("computed"))
                .extracting(f -> f.indicator() + "@" + f.period())
                .containsExactlyInAnyOrder("maternity_leave_returned@2024", "employees_total@2023", "charitable_donation@2024",
                        "charitable_donation@2024", "suppliers_integrity_agreement_signed@2024");
    }
}
