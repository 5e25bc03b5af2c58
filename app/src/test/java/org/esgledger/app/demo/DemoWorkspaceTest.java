package org.esgledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.catalogue.Codes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@StoreTest
class DemoWorkspaceTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    DemoWorkspace demo;
    @Autowired
    Facts facts;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Organisation organisation;

    @BeforeEach
    void load() {
        workspaces.demo();
    }

    private Map<String, FactView> byKey(int year) {
        return facts.list(Optional.of(year)).stream()
                .collect(Collectors.toMap(f -> f.indicator() + "@" + f.entity() + "@" + f.key().period().code() + "["
                        + f.key().breakdown().code() + "]#"
                        + Codes.code(f.key().nature()), f -> f));
    }

    @Test
    void loadsEverySeedFigureWithItsUnit() {
        // 332 printed figures, less the 20 of derived indicators (computed by formula, kept as published
        // figures only), plus five the ledgers yield that the report does not print, plus 146 energy, water
        // and GHG figures of the illustrative energy and emission-source ledgers (2023 and 2024)
        assertThat(facts.count()).isEqualTo(463);
        Map<String, FactView> y2024 = byKey(2024);
        assertThat(y2024).hasSize(329);
        assertThat(y2024.get("operating_revenue@group@2024[]#actual")).satisfies(f -> {
            assertThat(Codes.code(f.status())).isEqualTo("approved");
            assertThat(Codes.code(f.origin())).isEqualTo("imported");
            assertThat(f.provenance().file().orElseThrow().name()).isEqualTo("facts-2024-report.csv");
            assertThat(f.provenance().file().orElseThrow().sha256()).hasSize(64);
        });
        assertThat(y2024.get("employees_total@group@2024[gender=female]#actual").plain()).isEqualTo("1288");
        assertThat(y2024.get("operating_revenue@group@2024[]#actual").plain()).isEqualTo("19.91");
        assertThat(y2024.get("operating_revenue@group@2024[]#actual").unitCode()).isEqualTo("CNY_100M");
        assertThat(y2024.get("rd_investment@group@2024[]#actual").plain()).isEqualTo("21547.10");
        assertThat(y2024.get("share_buyback_amount@group@2024[]#actual").plain()).isEqualTo("59683228.10");
        assertThat(y2024.get("hazard_checkpoints_passed@group@2024[]#actual").plain()).isEqualTo("102");
        assertThat(y2024).doesNotContainKey("hazard_checkpoint_pass_rate@group@2024[]#actual");
        assertThat(y2024.get("hazardous_waste_quantity@tangxia@2024[waste_type=waste_paint_residue]#actual").unitCode()).isEqualTo("t");
        assertThat(y2024.get("infosec_privacy_violations_3y@group@2022..2024[]#actual").plain()).isEqualTo("0");
        assertThat(y2024.get("supplier_bottom_rank_threshold@group@2024[]#policy").unitCode()).isEqualTo("item");
        assertThat(y2024.get("quality_kpi_monthly_target_serious_customer_quality_complaints@group@2024[department=electronic_products_dept]#target")
                .unitCode()).isEqualTo("per_month");
    }

    @Test
    void loadsThePriorYearsForTheirYears() {
        Map<String, FactView> y2022 = byKey(2022);
        Map<String, FactView> y2023 = byKey(2023);
        assertThat(y2022).hasSize(28);
        assertThat(y2023).hasSize(104);
        assertThat(y2022.get("rd_investment@group@2022[]#actual").plain()).isEqualTo("18798.38");
        assertThat(y2023.get("rd_staff@group@2023[]#actual").plain()).isEqualTo("1226");
        assertThat(y2023).doesNotContainKey("rd_staff_share@group@2023[]#actual");
        assertThat(y2023.get("infosec_training_participants@site_xiamen@2023[]#actual").plain()).isEqualTo("664");
        assertThat(byKey(2021)).containsOnlyKeys("asmag_global_security_top50_rank@group@2021[]#structural");
        assertThat(byKey(2025)).containsOnlyKeys("esop_incentive_growth_target@group@2025[]#target");
    }

    @Test
    void theEmployeeFiguresAreComputedFromTheImportedRosterAndEqualThePrintedOnes() {
        Map<String, FactView> y2024 = byKey(2024);
        for (String key : List.of("employees_total@group@2024[]#actual", "employees_total@group@2024[gender=female]#actual",
                "employees_total@group@2024[education=college_and_below]#actual", "new_hires@group@2024[hire_channel=campus]#actual",
                "employee_departures@group@2024[]#actual", "rd_staff@group@2024[gender=male]#actual",
                "maternity_leave_employees@group@2024[]#actual")) {
            FactView f = y2024.get(key);
            assertThat(Codes.code(f.origin())).as(key).isEqualTo("computed");
            assertThat(Codes.code(f.status())).as(key).isEqualTo("draft");
            assertThat(f.provenance().source()).as(key).startsWith("employees ledger, batch ");
        }
        assertThat(y2024.get("employees_total@group@2024[]#actual").plain()).isEqualTo("3558");
        assertThat(y2024.get("employee_departures@group@2024[]#actual").plain()).isEqualTo("861");
        assertThat(y2024.get("maternity_leave_returned@group@2024[]#actual").plain()).isEqualTo("77");
        Map<String, FactView> y2023 = byKey(2023);
        assertThat(y2023.get("rd_staff@group@2023[]#actual").plain()).isEqualTo("1226");
        assertThat(Codes.code(y2023.get("rd_staff@group@2023[]#actual").origin())).isEqualTo("computed");
        // the roster's opening headcount (3,558 − 213 + 861), not the 4,106 the printed R&D share implies
        assertThat(y2023.get("employees_total@group@2023[]#actual").plain()).isEqualTo("4206");
        // rates are derived by formula (snapshots), not stored as facts
        assertThat(y2024).doesNotContainKey("employee_turnover_rate@group@2024[]#actual");
    }

    @Test
    void theWasteTrainingAndDonationFiguresAreComputedFromTheirLedgers() {
        Map<String, FactView> y2024 = byKey(2024);
        assertThat(y2024.get("hazardous_waste_quantity@tangxia@2024[waste_type=waste_paint_residue]#actual"))
                .satisfies(f -> {
                    assertThat(f.plain()).isEqualTo("6");
                    assertThat(f.unitCode()).isEqualTo("t");
                    assertThat(Codes.code(f.origin())).isEqualTo("computed");
                    assertThat(f.provenance().source()).isEqualTo("waste ledger");
                });
        assertThat(y2024.get("hazardous_waste_quantity@zkteco@2024[waste_type=waste_packaging_materials]#actual").plain())
                .isEqualTo("0.09");
        assertThat(y2024.get("general_industrial_waste_treated@zkteco@2024[waste_type=waste_packaging_tin_slag_defective_glass_prisms]#actual")
                .plain()).isEqualTo("2.54");
        assertThat(y2024.get("hazardous_waste_disposed_compliantly@tangxia@2024[]#actual").plain()).isEqualTo("9.4");
        assertThat(y2024.get("hazardous_waste_disposed_compliantly@zkteco@2024[]#actual").plain()).isEqualTo("2.19");
        assertThat(y2024.get("charitable_donation@guangdong_zkteco@2024[recipient=zhangmutou_charity_foundation_dongguan]#actual"))
                .satisfies(f -> {
                    assertThat(f.plain()).isEqualTo("10000");
                    assertThat(f.unitCode()).isEqualTo("CNY");
                    assertThat(Codes.code(f.origin())).isEqualTo("computed");
                });
        // totals the report does not print (its donations add up to 47,000 元)
        assertThat(y2024.get("charitable_donation@guangdong_zkteco@2024[]#actual").plain()).isEqualTo("32000");
        assertThat(y2024.get("charitable_donation@zkteco@2024[]#actual").plain()).isEqualTo("15000");
        for (String key : List.of("employee_training_sessions@group@2024[]#actual", "employee_training_person_times@group@2024[]#actual",
                "employee_training_investment@group@2024[]#actual", "infosec_training_participants@site_xiamen@2024[]#actual",
                "product_quality_training_sessions@group@2024[training_type=external]#actual",
                "safety_training_investment@group@2024[]#actual")) {
            assertThat(Codes.code(y2024.get(key).origin())).as(key).isEqualTo("computed");
        }
        assertThat(y2024.get("employee_training_sessions@group@2024[]#actual").plain()).isEqualTo("966");
        assertThat(y2024.get("new_employee_training_class_hours@group@2024[delivery=online]#actual").plain()).isEqualTo("10");
        assertThat(Codes.code(y2024.get("new_employee_training_class_hours@group@2024[delivery=online]#actual").origin())).isEqualTo("computed");
        assertThat(y2024.get("new_employee_training_cohorts@group@2024[]#actual").plain()).isEqualTo("1");
        assertThat(y2024.get("excel_training_days@group@2024[]#actual").plain()).isEqualTo("3");
        assertThat(y2024.get("yellow_belt_training_participants@group@2024[]#actual").plain()).isEqualTo("99");
        // what the training sessions cannot say stays as printed: distinct people trained, an ambiguous hour figure
        assertThat(Codes.code(y2024.get("product_quality_training_headcount@group@2024[]#actual").origin())).isEqualTo("imported");
        assertThat(Codes.code(y2024.get("complaint_response_training_hours@group@2024[]#actual").origin())).isEqualTo("imported");
        assertThat(y2024.get("employee_training_investment@group@2024[]#actual").plain()).isEqualTo("23.21");
        assertThat(y2024.get("infosec_training_participants@site_xiamen@2024[]#actual").plain()).isEqualTo("253");
        assertThat(y2024.get("suppliers_total@group@2024[]#actual").plain()).isEqualTo("304");
        assertThat(Codes.code(y2024.get("suppliers_total@group@2024[]#actual").origin())).isEqualTo("computed");
        assertThat(y2024.get("suppliers_integrity_agreement_signed@group@2024[]#actual").plain()).isEqualTo("304");
        for (int year = 2022; year <= 2024; year++) {
            Map<String, FactView> y = byKey(year);
            assertThat(Codes.code(y.get("customer_satisfaction_score@group@" + year + "[]#actual").origin())).isEqualTo("computed");
            assertThat(Codes.code(y.get("customers_surveyed@group@" + year + "[]#actual").origin())).isEqualTo("computed");
        }
        assertThat(byKey(2022).get("customer_satisfaction_score@group@2022[]#actual").plain()).isEqualTo("92");
        assertThat(Codes.code(y2024.get("work_safety_accidents@group@2024[]#actual").origin())).isEqualTo("computed");
        assertThat(y2024.get("work_safety_accidents@group@2024[]#actual").plain()).isEqualTo("0");
        assertThat(y2024.get("work_safety_investment@group@2024[]#actual").plain()).isEqualTo("11.13");
        // no waste ledger covers wastewater yet: still the printed figure
        assertThat(Codes.code(y2024.get("wastewater_generated@tangxia@2024[]#actual").origin())).isEqualTo("imported");
    }

    @Test
    void refreshingAgainIsSafeAndGivesTheSameResult() {
        workspaces.demoToChange();
        List<FactView> first = facts.list(Optional.empty());
        DemoSummary again = demo.refresh(false);
        assertThat(again.upToDate()).isTrue();
        assertThat(facts.list(Optional.empty())).isEqualTo(first);
        DemoSummary forced = demo.refresh(true);
        assertThat(forced.upToDate()).isFalse();
        List<FactView> reloaded = facts.list(Optional.empty());
        assertThat(reloaded).extracting(FactView::id).containsExactlyElementsOf(first.stream().map(FactView::id).toList());
        assertThat(reloaded).extracting(FactView::plain).containsExactlyElementsOf(first.stream().map(FactView::plain).toList());
    }

    @Test
    void buildsTheSeedCompanysTreeAndCatalogue() {
        var tree = organisation.tree();
        assertThat(tree.root()).hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("group"));
        assertThat(tree.entities()).extracting(e -> e.code()).containsExactlyInAnyOrder("group", "zkteco", "tangxia",
                "guangdong_zkteco", "xiamen_zkteco", "shenzhen_zkteco", "site_dongguan", "site_xiamen");
        assertThat(tree.entity("xiamen_zkteco")).hasValueSatisfying(e -> assertThat(e.province()).isEqualTo("FJ"));
        assertThat(tree.subtree("zkteco")).extracting(e -> e.code()).containsExactly("zkteco");
        assertThat(tree.entity("tangxia").orElseThrow().parent()).contains("group");
        assertThat(catalogue.indicators()).as("the standard library (276) and the demo's own 17, after the library's")
                .hasSize(293).last().satisfies(i -> assertThat(i.code()).isEqualTo("overseas_charity_volunteer_activities"));
        assertThat(catalogue.indicator("employees_total")).hasValueSatisfying(i -> {
            assertThat(i.dimensions()).containsExactlyInAnyOrder("gender", "age", "education", "function");
            assertThat(i.references()).extracting(Object::toString).contains("GRI:2-7", "GRI:405-1", "SZSE:Art.50", "SZSE:S09");
        });
        assertThat(catalogue.frameworkItems()).extracting(i -> i.framework().name()).contains("SZSE", "GRI", "ISSB", "SDG");
        assertThat(organisation.periodCodes()).contains("2024", "2024-01", "2024-12", "2022..2024");
    }
}
