package org.esgledger.app.ghg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgledger.app.TestFiles.csv;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.calculation.CalculatedValue;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ComputeOptions;
import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.calculation.Explanations;
import org.esgledger.app.calculation.TargetView;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.ImportReport;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The EHS manager's story: the demo's energy ledger becomes a scope 1 and 2 inventory, traceable to rows and factors. */
@StoreTest
class GhgInventoryTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Calculations calculations;
    @Autowired
    Explanations explanations;
    @Autowired
    Ledgers ledgers;
    @Autowired
    Facts facts;
    @Autowired
    Organisation organisation;

    private static BigDecimal value(Calculations.Run run, String indicator, String entity) {
        return ((Outcome.Available) run.calculation().outcome(new FactKey(indicator, entity, new Period.FiscalYear(2024), Breakdown.TOTAL,
                Nature.ACTUAL)).orElseThrow()).value();
    }

    @Test
    void theInventoryIsComputedFromTheLedgerRowsAndTheChosenFactors() throws Exception {
        workspaces.demoToChange();
        // recompute zkteco's 2024 electricity independently from the exported ledger: kWh × 0.4042 kg/kWh (South grid 2023)
        String exported = new String(ledgers.export("energy"), StandardCharsets.UTF_8).replace("\uFEFF", "");
        Map<String, BigDecimal> kwh = new HashMap<>();
        Map<String, BigDecimal> notGreen = new HashMap<>();
        try (CsvReader<NamedCsvRecord> rows = CsvReader.builder().ofNamedCsvRecord(new StringReader(exported))) {
            for (NamedCsvRecord r : rows) {
                if (r.getField("月份").startsWith("2024") && r.getField("能源/水种类").equals("电力")) {
                    BigDecimal q = new BigDecimal(r.getField("用量"));
                    String green = r.getField("绿电比例").replace("%", "");
                    BigDecimal share = green.isEmpty() ? BigDecimal.ZERO : new BigDecimal(green).movePointLeft(2);
                    kwh.merge(r.getField("所属主体"), q, BigDecimal::add);
                    notGreen.merge(r.getField("所属主体"), q.subtract(q.multiply(share)), BigDecimal::add);
                }
            }
        }
        Calculations.Run run = calculations.run(2024);
        assertThat(value(run, "ghg_scope2_location_emissions", "zkteco"))
                .isEqualByComparingTo(kwh.get("zkteco").multiply(new BigDecimal("0.4042")).movePointLeft(3));
        // Guangdong ZKTeco bought 20 % of its production electricity as green power in 2024:
        // market-based = the kWh not covered × 0.6096 (EL-EXC-2023)
        assertThat(notGreen.get("guangdong_zkteco")).isLessThan(kwh.get("guangdong_zkteco"));
        assertThat(value(run, "ghg_scope2_market_emissions", "guangdong_zkteco")).isEqualByComparingTo(
                notGreen.get("guangdong_zkteco").multiply(new BigDecimal("0.6096")).movePointLeft(3));
        // the group adds its companies; scope 1 + 2 by formula; intensity per RMB 10,000 of the printed revenue (19.91 亿元)
        BigDecimal scope2 = BigDecimal.ZERO;
        for (String e : new String[] {"zkteco", "tangxia", "guangdong_zkteco", "xiamen_zkteco"}) {
            scope2 = scope2.add(value(run, "ghg_scope2_location_emissions", e));
        }
        assertThat(value(run, "ghg_scope2_location_emissions", "group")).isEqualByComparingTo(scope2);
        BigDecimal total = value(run, "ghg_scope1_emissions", "group").add(scope2);
        assertThat(value(run, "ghg_scope1_2_emissions", "group")).isEqualByComparingTo(total);
        assertThat(value(run, "ghg_intensity_revenue", "group")).isEqualByComparingTo(total.divide(new BigDecimal("199100"),
                java.math.MathContext.DECIMAL128));
        assertThat(value(run, "energy_consumption", "group")).isPositive();

        ExplainNode n = explanations.explain("ghg_scope2_location_emissions@zkteco@2024", 3);
        assertThat(n.details()).anyMatch(d -> d.contains("EL-REG-SOUTH-2023") && d.contains("latest published for 2024"))
                .anyMatch(d -> d.startsWith("ledger energy batch ") && d.contains("energy-2023-2024.csv"));

        TargetView t001 = calculations.targets(calculations.current(2024).orElseThrow().id()).stream()
                .filter(t -> t.id().equals("T001")).findFirst().orElseThrow();
        assertThat(Codes.code(t001.status())).isEqualTo("in_progress");
        assertThat(t001.explanation().en()).contains("ghg_intensity_revenue").contains("2023");
    }

    @Test
    void anEntityWithoutAProvinceIsImportedWithItsEmissionsNotAvailable() {
        workspaces.demoToChange();
        organisation.loadEntities(csv("more.csv", "code,parent,kind,name_zh,name_en,country,province,in_boundary,ownership_share",
                "overseas_office,group,site,海外办事处,Overseas office,TH,,true,1"), TestActors.manager("tester"));
        var file = csv("energy-th.csv", "所属主体,月份,能源/水种类,用量,计量单位", "overseas_office,2024-01,电力,1000,kWh");
        assertThat(ledgers.importFile("energy", file, new ImportOptions(false, false, TestActors.manager("tester"))).accepted()).isEqualTo(1);
        FactView location = stored(2024, "ghg_scope2_location_emissions", "overseas_office", "");
        assertThat(location.plain()).isEmpty();
        assertThat(location.notAvailable().orElseThrow().en()).contains("overseas_office").contains("province");
        assertThat(location.notAvailable().orElseThrow().zh()).contains("overseas_office").contains("省份");
        // the group's location-based scope 2 of 2024 is not available now: one of its parts is not
        Outcome group = calculations.run(2024).calculation().outcome(key("ghg_scope2_location_emissions", "group", 2024)).orElseThrow();
        assertThat(((Outcome.NotAvailable) group).reason().en()).contains("overseas_office").contains("province");
    }

    @Test
    void monthsBeforeTheFactorSetAreImportedAndTheirEmissionsAreNotAvailableWithTheReason() {
        workspaces.demoToChange();
        Calculations.Run before = calculations.run(2024);
        // shenzhen_zkteco (GD) has no rows in the demo; the factor set starts at 2021
        var file = csv("energy-2020-2024.csv", "所属主体,月份,能源/水种类,用量,计量单位",
                "shenzhen_zkteco,2020-01,电力,1000,kWh",
                "shenzhen_zkteco,2020-02,电力,3000,kWh",
                "shenzhen_zkteco,2020-02,柴油,2,t",
                "shenzhen_zkteco,2024-01,电力,10000,kWh");
        ImportReport report = ledgers.importFile("energy", file, new ImportOptions(false, false, TestActors.manager("tester")));
        assertThat(report.accepted()).isEqualTo(4);
        assertThat(report.rejected()).isZero();

        // stored for 2020: the emissions from electricity are not available, with the reason (esg facts prints it in the note)
        for (String indicator : List.of("ghg_scope2_location_emissions", "ghg_scope2_market_emissions")) {
            FactView f = stored(2020, indicator, "shenzhen_zkteco", "");
            assertThat(f.plain()).isEmpty();
            assertThat(f.unitCode()).isEqualTo("tCO2e");
            assertThat(Codes.code(f.origin())).isEqualTo("computed");
            assertThat(f.listedNote()).startsWith("not available: ").contains("shenzhen_zkteco").contains("2020");
            assertThat(stored(2020, indicator, "shenzhen_zkteco", "energy_carrier=electricity").notAvailable()).isPresent();
        }
        FactView location = stored(2020, "ghg_scope2_location_emissions", "shenzhen_zkteco", "");
        assertThat(location.notAvailable().orElseThrow().en()).contains("shenzhen_zkteco").contains("province GD").contains("2020")
                .contains("grid electricity emission factor").contains("cn-reference-2026-1");
        assertThat(location.notAvailable().orElseThrow().zh()).contains("shenzhen_zkteco").contains("GD").contains("2020").contains("电网电力排放因子");
        assertThat(facts.notAvailable(Optional.empty())).extracting(f -> f.indicator() + "@" + f.entity() + "@" + f.key().period().code() + "[" + f.key().breakdown().code() + "]")
                .containsExactlyInAnyOrder("ghg_scope2_location_emissions@shenzhen_zkteco@2020[]",
                        "ghg_scope2_location_emissions@shenzhen_zkteco@2020[energy_carrier=electricity]",
                        "ghg_scope2_market_emissions@shenzhen_zkteco@2020[]",
                        "ghg_scope2_market_emissions@shenzhen_zkteco@2020[energy_carrier=electricity]");
        // what needs no emission factor is computed: energy (4,000 kWh × 0.1229 kgce + 2 t diesel × 1,457.1 kgce = 3.4058 tce),
        // electricity, and the diesel's scope 1 (2 t × 3.0959 = 6.1918 t, national default without a data year)
        assertThat(stored(2020, "energy_consumption", "shenzhen_zkteco", "").plain()).isEqualTo("3.4058");
        assertThat(stored(2020, "energy_consumption_mwh", "shenzhen_zkteco", "energy_carrier=electricity").plain()).isEqualTo("4");
        assertThat(stored(2020, "electricity_consumption", "shenzhen_zkteco", "").plain()).isEqualTo("4000");
        assertThat(stored(2020, "ghg_scope1_emissions", "shenzhen_zkteco", "emission_source=diesel").plain()).isEqualTo("6.1918");

        // computed for 2020: what depends on the missing emissions is not available and says why; energy is there
        calculations.compute(2020, new ComputeOptions(TestActors.manager("tester"), false, false, ""));
        Map<String, CalculatedValue> computed = new HashMap<>();
        calculations.computedValues(Optional.of(2020)).forEach(f -> computed.put(f.indicator() + "@" + f.entity() + "@"
                + f.key().breakdown().code(), f));
        for (String indicator : List.of("ghg_scope2_location_emissions", "ghg_scope1_2_emissions", "ghg_intensity_revenue")) {
            CalculatedValue group = computed.get(indicator + "@group@");
            assertThat(group).as(indicator).isNotNull();
            assertThat(group.plain()).as(indicator).isEmpty();
            assertThat(group.listedNote()).as(indicator).startsWith("not available: ");
        }
        assertThat(computed.get("ghg_scope2_location_emissions@group@").listedNote()).contains("shenzhen_zkteco").contains("province GD")
                .contains("2020");
        assertThat(computed.get("ghg_scope1_emissions@group@").plain()).isEqualTo("6.1918");
        assertThat(computed.get("energy_consumption@group@").plain()).isEqualTo("3.4058");

        // 2024 as before, plus shenzhen_zkteco's own at the South grid's 2023 factor: 10,000 kWh × 0.4042 = 4.042 t
        Calculations.Run after = calculations.run(2024);
        assertThat(value(after, "ghg_scope2_location_emissions", "shenzhen_zkteco")).isEqualByComparingTo("4.042");
        for (String e : new String[] {"zkteco", "tangxia", "guangdong_zkteco", "xiamen_zkteco"}) {
            for (String indicator : List.of("ghg_scope1_emissions", "ghg_scope2_location_emissions", "ghg_scope2_market_emissions",
                    "ghg_scope1_2_emissions", "energy_consumption")) {
                assertThat(said(after, indicator, e)).as(indicator + "@" + e).isEqualTo(said(before, indicator, e));
            }
        }
        assertThat(value(after, "ghg_scope2_location_emissions", "group"))
                .isEqualByComparingTo(value(before, "ghg_scope2_location_emissions", "group").add(new BigDecimal("4.042")));
        assertThat(value(after, "ghg_intensity_revenue", "group")).isGreaterThan(value(before, "ghg_intensity_revenue", "group"));
    }

    /** What a run says about a 2024 value: its exact value, not available, or nothing. */
    private static String said(Calculations.Run run, String indicator, String entity) {
        return run.calculation().outcome(key(indicator, entity, 2024))
                .map(o -> o instanceof Outcome.Available a ? a.value().stripTrailingZeros().toPlainString() : "not available").orElse("none");
    }

    private FactView stored(int year, String indicator, String entity, String breakdown) {
        return facts.list(Optional.of(year)).stream()
                .filter(f -> f.indicator().equals(indicator) && f.entity().equals(entity) && f.key().breakdown().code().equals(breakdown))
                .findFirst().orElseThrow(() -> new AssertionError("no fact " + indicator + "@" + entity + "@" + year + " [" + breakdown + "]"));
    }

    private static FactKey key(String indicator, String entity, int year) {
        return new FactKey(indicator, entity, new Period.FiscalYear(year), Breakdown.TOTAL, Nature.ACTUAL);
    }
}
