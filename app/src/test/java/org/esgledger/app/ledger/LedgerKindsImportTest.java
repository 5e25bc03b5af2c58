package org.esgledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.intake.SourceFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@StoreTest
/** Waste, donations and training ledgers: reading, rejecting, adding up, round-tripping. */
class LedgerKindsImportTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Ledgers ledgers;
    @Autowired
    Facts facts;
    @Autowired
    JdbcClient jdbc;

    private static final ImportOptions IMPORT = new ImportOptions(false, false, TestActors.manager("ehs-tester"));

    @BeforeEach
    void demo() {
        workspaces.demoToChange();
    }

    private Map<String, FactView> facts(int year) {
        return facts.list(Optional.of(year)).stream()
                .collect(Collectors.toMap(f -> f.indicator() + "@" + f.entity() + "[" + f.key().breakdown().code() + "]", f -> f));
    }

    @Test
    void wasteTransfersInKilogramsAddUpToTonnesAndOnlyLicensedHandlersCountAsCompliant() {
        String text = String.join("\r\n",
                "2025年危险废物转移台账",
                "联单编号,产废单位,转移日期,废物名称,废物类别,危废代码,数量（kg）,处置单位,许可证编号,处置方式",
                "M-001,塘厦分公司,2025/3/5,废活性炭,危险废物,HW49 900-039-49,\"1,250\",某处置公司,GD-001,焚烧",
                "M-002,塘厦分公司,2025年4月1日,废活性炭,危废,HW49,750.5,某处置公司,,焚烧",
                "M-003,塘厦分公司,2025-05-01,废抹布,危险废物,,０．５ 吨,某处置公司,GD-001,焚烧",
                "合计,,,,,,\"2,001\",,,");
        ImportReport r = ledgers.importFile("waste", new SourceFile("危废台账2025.csv", text.getBytes(Charset.forName("GB18030"))), IMPORT);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.skipped().ranges()).containsExactly(new SkippedRows.Range(1, 1, "title"), new SkippedRows.Range(6, 6, "total"));
        Map<String, FactView> y2025 = facts(2025);
        assertThat(y2025.get("hazardous_waste_quantity@tangxia[waste_type=waste_activated_carbon]").plain()).isEqualTo("2.0005");
        assertThat(y2025.get("hazardous_waste_quantity@tangxia[waste_type=waste_rags]").plain()).isEqualTo("0.5");
        // M-002 went to a handler without a licence number: not disposed of compliantly
        assertThat(y2025.get("hazardous_waste_disposed_compliantly@tangxia[]").plain()).isEqualTo("1.75");
    }

    @Test
    void rejectsWasteRowsThatCannotBeRight() {
        String text = String.join("\n",
                "所属主体,转移日期,废物名称,废物类别,危废代码,数量,单位,处置方式",
                "塘厦分公司,2025-03-05,废活性炭,危险废物,,1,吨,焚烧",
                "塘厦分公司,2025-03-05,废电池,危险废物,,1,吨,焚烧",
                "塘厦分公司,2025-03-05,废活性炭,危险废物,,-1,吨,焚烧",
                "塘厦分公司,2025-03-05,废活性炭,危险废物,,20000,吨,焚烧",
                "塘厦分公司,2025-03-05,废活性炭,危险废物,,3,方,焚烧",
                "塘厦分公司,2025-03-05,废活性炭,危险废物,HW-49,1,吨,焚烧",
                "塘厦分公司,2025-03-05,废活性炭,有毒,,1,吨,扔掉");
        ImportReport r = ledgers.importFile("waste", new SourceFile("bad-waste.csv", text.getBytes(StandardCharsets.UTF_8)), IMPORT);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejections()).extracting(x -> x.row() + ":" + x.column()).containsExactly(
                "3:waste_name", "4:quantity", "5:quantity", "6:unit", "7:hw_code", "8:category", "8:treatment");
        assertThat(r.rejections().get(0).reason().zh()).contains("未知废物种类“废电池”");
        assertThat(r.rejections().get(1).reason().en()).isEqualTo("\"-1\" must be greater than zero");
        assertThat(r.rejections().get(2).reason().en()).contains("above the plausible maximum of 10000 t");
        assertThat(r.rejections().get(3).reason().en()).contains("\"方\" is not a unit of Mass");
    }

    @Test
    void donationsAddUpInYuanByRecipientAndForeignCurrencyIsKeptButNotAdded() {
        String text = String.join("\n",
                "捐赠日期,捐赠主体,受赠方,国家/地区,金额,币种,用途,形式,备注",
                "2025-01-15,广东熵基,东莞市樟木头慈善会,CN,1万元,CNY,乡村振兴,现金,",
                "2025-02-15,广东熵基,某小学,CN,\"2,000\",CNY,教育,实物,图书",
                "2025-03-15,广东熵基,Bangkok Red Cross,TH,500,USD,救灾,现金,");
        ImportReport r = ledgers.importFile("donations", new SourceFile("捐赠2025.csv", text.getBytes(StandardCharsets.UTF_8)), IMPORT);
        assertThat(r.rejections()).isEmpty();
        Map<String, FactView> y2025 = facts(2025);
        assertThat(y2025.get("charitable_donation@guangdong_zkteco[]").plain()).isEqualTo("12000");
        assertThat(y2025.get("charitable_donation@guangdong_zkteco[recipient=zhangmutou_charity_foundation_dongguan]").plain())
                .isEqualTo("10000");
        assertThat(jdbc.sql("select amount::text || ' ' || unit_code from donation_record where country = 'TH'").query(String.class)
                .single()).isEqualTo("500 USD");
    }

    @Test
    void trainingSessionsAddUpToTheReportsTrainingFiguresAndBadSessionsAreRejected() {
        String text = String.join("\n",
                "培训日期,所属主体,课程名称,培训类别,内训/外训,线上/线下,时长,参训人次,费用",
                "2025-03-01,东莞,信息安全意识,信息安全培训,内训,线下,1.5小时,40,",
                "2025-03-08,东莞,信息安全意识,信息安全,内训,线上,90分钟,60,0",
                "2025-04-01,塘厦分公司,消防演练讲解,安全培训,外训,线下,2,25,\"1,500.50\"",
                "2025-04-02,塘厦分公司,未知课程,烹饪培训,内训,线下,2,25,",
                "2025-04-03,塘厦分公司,通宵培训,质量培训,内训,线下,30小时,25,",
                "2025-04-04,塘厦分公司,负人次,质量培训,内训,线下,2,-3,",
                "2025-04-05,塘厦分公司,贵,质量培训,外训,线下,2,3,很多");
        ImportReport r = ledgers.importFile("training", new SourceFile("培训台账2025.csv", text.getBytes(StandardCharsets.UTF_8)), IMPORT);
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.rejections()).extracting(x -> x.row() + ":" + x.column())
                .containsExactly("5:type", "6:hours", "7:participants", "8:cost");
        Map<String, FactView> y2025 = facts(2025);
        assertThat(y2025.get("infosec_training_sessions@site_dongguan[]").plain()).isEqualTo("2");
        assertThat(y2025.get("infosec_training_participants@group[]").plain()).isEqualTo("100");
        assertThat(y2025.get("employee_training_sessions@group[]").plain()).isEqualTo("3");
        assertThat(y2025.get("employee_training_person_times@group[]").plain()).isEqualTo("125");
        assertThat(y2025.get("safety_training_investment@group[]").plain()).isEqualTo("0.15005");
        assertThat(y2025.get("safety_training_investment@group[]").unitCode()).isEqualTo("CNY_10k");
    }

    @Test
    void suppliersAreCountedPerYearWithTheirIntegrityAgreements() {
        String text = String.join("\n",
                "供应商编码,供应商名称,年度,供应类别,采购金额（万元）,供应风险等级,现场审核得分,1月绩效,廉洁协议",
                "A001,甲公司,2025,电子元器件,120.5,低,92,88,已签",
                "A002,乙公司,2025,包材,8,中,,,未签",
                "A001,甲公司,2025,电子元器件,1,低,,,是",
                "A004,丁公司,2025,包材,0,低,,,是",
                "A005,戊公司,2025,包材,3,极高,120,,是");
        ImportReport r = ledgers.importFile("suppliers", new SourceFile("供应商2025.csv", text.getBytes(StandardCharsets.UTF_8)), IMPORT);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.rejections()).extracting(x -> x.row() + ":" + x.column())
                .containsExactly("4:supplier_id", "5:spend", "6:risk", "6:audit_score");
        assertThat(r.rejections().get(0).reason().en()).isEqualTo("Supplier A001 appears twice for 2025 (first on row 2)");
        Map<String, FactView> y2025 = facts(2025);
        assertThat(y2025.get("suppliers_total@group[]").plain()).isEqualTo("2");
        assertThat(y2025.get("suppliers_integrity_agreement_signed@group[]").plain()).isEqualTo("1");
        assertThat(jdbc.sql("select spend::text || ' ' || spend_unit from supplier_record where supplier_id = 'A001'")
                .query(String.class).single()).isEqualTo("120.5 CNY_10k");
    }

    @Test
    void aRowEnteredTwiceAndDatesOutsideThePlausibleRangeAreRejected() {
        String text = String.join("\n",
                "捐赠日期,捐赠主体,受赠方,金额,用途,形式",
                "2025-01-15,广东熵基,某小学,2000,教育,现金",
                "2025-01-15,广东熵基,某小学,2000,教育,现金",
                "1900-01-15,广东熵基,某小学,2000,教育,现金",
                "2099-01-15,广东熵基,某小学,2000,教育,现金");
        ImportReport r = ledgers.importFile("donations", new SourceFile("dup.csv", text.getBytes(StandardCharsets.UTF_8)), IMPORT);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejections()).extracting(x -> x.row() + ":" + x.column()).containsExactly("3:", "4:date", "5:date");
        assertThat(r.rejections().get(0).reason().en()).isEqualTo("The row repeats row 2 in every column: entered twice?");
        assertThat(r.rejections().get(1).reason().zh()).contains("超出合理范围");
    }

    @Test
    void aFileOfTwoGigabytesIsRefusedBeforeItIsRead(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path huge = dir.resolve("energy-2gb.csv");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(2L * 1024 * 1024 * 1024);
        }
        long before = jdbc.sql("select count(*) from ledger_batch").query(Long.class).single();
        org.esgledger.engine.i18n.EsgException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.esgledger.engine.i18n.EsgException.class, () -> ledgers.importFile("waste", SourceFile.of(huge), IMPORT));
        assertThat(e.text().en()).contains("is larger than 64 MiB");
        assertThat(e.text().zh()).contains("超过 64 MiB");
        // the command line streams CSV instead of loading it: this file is refused as soon as its first bytes are read
        org.esgledger.engine.i18n.EsgException streamed = org.assertj.core.api.Assertions.catchThrowableOfType(
                org.esgledger.engine.i18n.EsgException.class, () -> ledgers.importPath("waste", huge, IMPORT));
        assertThat(streamed.text().en()).contains("binary");
        assertThat(jdbc.sql("select count(*) from ledger_batch").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void utilityBillsAreReadInTheUnitsEachCarrierIsMeteredIn() {
        String text = String.join("\n",
                "月份,所属主体,能源/水种类,用量,计量单位,金额,绿电比例",
                "2025年1月,塘厦分公司,电力,12.5,万千瓦时,\"86,250.00\",20%",
                "2025-01,塘厦分公司,自来水,1500,吨,4500,",
                "2025.01,塘厦分公司,天然气,3000,方,,",
                "2025-02,塘厦分公司,柴油,3000,度,,",
                "2025-02,塘厦分公司,自来水,100,吨,,30%",
                "2025-13,塘厦分公司,柴油,2,吨,,");
        ImportReport r = ledgers.importFile("energy", new SourceFile("能源2025.csv", text.getBytes(StandardCharsets.UTF_8)), IMPORT);
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.rejections()).extracting(x -> x.row() + ":" + x.column()).containsExactly("5:unit", "6:green_share", "7:month");
        assertThat(r.rejections().get(0).reason().zh()).isEqualTo("“度”不是柴油的计量单位");
        assertThat(jdbc.sql("select carrier || ' ' || quantity::text || ' ' || unit_code from energy_record "
                        + "where batch_id = (select max(id) from ledger_batch where kind = 'energy') order by row_no")
                .query(String.class).list()).containsExactly("electricity 12.5 10k_kWh", "tap_water 1500 m3", "natural_gas 3000 m3");
    }

    @Test
    void surveyAnswersGiveValidQuestionnairesCustomersAndAnExactAverageScore() {
        String text = String.join("\n",
                "调查年度,问卷编号,客户编码,是否有效,满意度得分",
                "2025,Q1,C001,有效,90",
                "2025,Q2,C001,有效,95分",
                "2025,Q3,C002,有效,96",
                "2025,Q4,C003,无效,10",
                "2025,Q5,张三,有效,90",
                "2025,Q6,C004,有效,120",
                "2025,Q1,C005,有效,80");
        ImportReport r = ledgers.importFile("surveys", new SourceFile("满意度2025.csv", text.getBytes(StandardCharsets.UTF_8)), IMPORT);
        assertThat(r.accepted()).isEqualTo(4);
        assertThat(r.rejections()).extracting(x -> x.row() + ":" + x.column()).containsExactly("6:customer", "7:score", "8:questionnaire");
        Map<String, FactView> y2025 = facts(2025);
        assertThat(y2025.get("csat_valid_questionnaires@group[]").plain()).isEqualTo("3");
        assertThat(y2025.get("customers_surveyed@group[]").plain()).isEqualTo("2");
        // (90 + 95 + 96) / 3 = 93.666…, carried exactly to 34 digits; rounding happens at disclosure
        assertThat(y2025.get("customer_satisfaction_score@group[]").plain()).startsWith("93.66666666666666666666666666666667");
    }

    @Test
    void monthlySafetyStatisticsGiveTheYearsAccidentsInjuriesAndInvestment() {
        String text = String.join("\n",
                "所属主体,月份,工时,安全生产事故数,工伤人数,死亡人数,安全生产投入",
                "塘厦分公司,2025-01,\"52,000\",0,0,0,1.2万元",
                "塘厦分公司,2025-02,48000,1,1,0,800",
                "塘厦分公司,2025-02,48000,0,0,0,",
                "广东熵基,2025-13,48000,0,0,0,",
                "广东熵基,2025-03,48000,-1,0,0,");
        ImportReport r = ledgers.importFile("safety", new SourceFile("安全月报2025.csv", text.getBytes(StandardCharsets.UTF_8)), IMPORT);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.rejections()).extracting(x -> x.row() + ":" + x.column()).containsExactly("4:month", "5:month", "6:accidents");
        Map<String, FactView> y2025 = facts(2025);
        assertThat(y2025.get("work_safety_accidents@group[]").plain()).isEqualTo("1");
        assertThat(y2025.get("work_related_injuries@group[]").plain()).isEqualTo("1");
        assertThat(y2025.get("work_related_fatalities@group[]").plain()).isEqualTo("0");
        assertThat(y2025.get("work_safety_investment@group[]").plain()).isEqualTo("1.28");
    }

    @Test
    void everyLedgerKindRoundTripsThroughExport() {
        assertThat(ledgers.kinds()).containsExactlyInAnyOrder("donations", "emissions", "employees", "energy", "safety", "suppliers",
                "surveys", "training", "waste");
        for (String kind : ledgers.kinds()) {
            byte[] sample = spreadSample(ledgers.export(kind), 100);
            ImportReport r = ledgers.importFile(kind, new SourceFile(kind + "-2024.csv", sample), new ImportOptions(false, true, TestActors.manager("t")));
            assertThat(r.rejections()).as(kind).isEmpty();
            assertThat(r.replaced()).as(kind).isNotEmpty();
            assertThat(new String(ledgers.export(kind), StandardCharsets.UTF_8)).as(kind).isEqualTo(new String(sample, StandardCharsets.UTF_8));
        }
    }

    /**
     * The header and at most about {@code rows} records of an exported ledger, taken at even steps over the
     * whole of it (every year, entity and kind of row of the demo's ledgers, not only the first ones),
     * each line with its own line ending.
     */
    private static byte[] spreadSample(byte[] exported, int rows) {
        List<String> lines = List.of(new String(exported, StandardCharsets.UTF_8).split("(?<=\n)"));
        int step = Math.max(1, (lines.size() - 1 + rows - 1) / rows);
        StringBuilder sample = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i += step) {
            sample.append(lines.get(i));
        }
        return sample.toString().getBytes(StandardCharsets.UTF_8);
    }
}
