package org.esgledger.app.ghg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esgledger.app.TestFiles.csv;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.HashMap;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.calculation.Explanations;
import org.esgledger.app.calculation.TargetView;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.calc.Outcome;
import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The EHS manager's story: the demo's energy ledger becomes a scope 1 and 2 inventory, traceable to rows and factors. */
@SpringBootTest(properties = "esg.workspace=target/test-workspaces/ghg")
class GhgInventoryTest {

    @Autowired
    DemoWorkspace demo;
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
        demo.refresh(true);
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
        assertThat(t001.status()).isEqualTo("in_progress");
        assertThat(t001.explanation().en()).contains("ghg_intensity_revenue").contains("2023");
    }

    @Test
    void anEntityWithoutAProvinceStopsTheImportNamingTheRow() {
        demo.refresh(true);
        organisation.loadEntities(csv("more.csv", "code,parent,kind,name_zh,name_en,country,province,in_boundary,ownership_share",
                "overseas_office,group,site,海外办事处,Overseas office,TH,,true,1"));
        long before = facts.count();
        var file = csv("energy-th.csv", "所属主体,月份,能源/水种类,用量,计量单位", "overseas_office,2024-01,电力,1000,kWh");
        assertThatThrownBy(() -> ledgers.importFile("energy", file, new ImportOptions(false, false, "tester")))
                .isInstanceOf(EsgException.class)
                .satisfies(e -> {
                    assertThat(((EsgException) e).text().en()).contains("row 2").contains("overseas_office").contains("province");
                    assertThat(((EsgException) e).text().zh()).contains("第 2 行").contains("省份");
                });
        assertThat(facts.count()).as("nothing written").isEqualTo(before);
    }
}
