package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * demo → an energy ledger of 2030 imported and computed → {@code esg lock --year 2030} → a corrected ledger imported
 * with {@code --replace}: refused (recorded), refused again with {@code --restate} but no reason, accepted with
 * {@code --restate --reason} (restatements with their breakdown, each with its {@code restate} audit event) →
 * {@code esg compute --year 2030} writes the restated year's new snapshot → the 2031 report's note names the restated
 * ledger figure with its breakdown and a multi-year table marks the restated value.
 */
class LedgerRestatementCommandTest {

    static final String HEADER = "月份,所属主体,能源/水种类,用量,计量单位,金额,绿电比例\n";

    @Test
    void aLockedYearsLedgerIsReimportedOnlyAsARestatement() throws IOException {
        Path ws = DemoFolders.demo("cli-ledger-restatement");
        long mark = CliRun.<Long>sql(ws, "select max(seq) from audit_event"); // the trail outlives a demo --force
        Path dir = Files.createTempDirectory("energy");
        Path first = dir.resolve("energy-2030.csv");
        Files.writeString(first, HEADER + "2030-01,塘厦分公司,电力,20000,kWh,,\n", StandardCharsets.UTF_8);
        assertThat(esg(ws, "import", "--ledger", "energy", first.toString(), "--by", "esg.manager").exit()).isZero();
        assertThat(esg(ws, "compute", "--year", "2030", "--by", "esg.manager").exit()).isZero();
        assertThat(esg(ws, "lock", "--year", "2030", "--reason", "published 2031-04-18", "--by", "esg.manager").exit()).isZero();

        Path corrected = dir.resolve("energy-2030-corrected.csv");
        Files.writeString(corrected, HEADER + "2030-01,塘厦分公司,电力,20000,kWh,,\n2030-02,塘厦分公司,电力,1000,kWh,,\n",
                StandardCharsets.UTF_8);
        CliRun refused = CliRun.esg(ws, "import", "--ledger", "energy", corrected.toString(), "--replace", "--by", "esg.manager");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(EsgCommand.REFUSED);
        assertThat(refused.err()).contains("2030 is locked").contains("2030 年度已锁定");
        Long refusals = CliRun.sql(ws, "select count(*) from audit_event where seq > " + mark
                + " and action = 'refused' and after::text like '%supersede%'");
        assertThat(refusals).as("the refusal is recorded").isEqualTo(1L);
        CliRun noReason = CliRun.esg(ws, "import", "--ledger", "energy", corrected.toString(), "--replace", "--restate", "--by", "esg.manager");
        assertThat(noReason.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(noReason.err()).contains("A restatement needs a reason");
        assertThat((Long) CliRun.sql(ws, "select count(*) from restatement")).as("nothing changed").isZero();

        CliRun restated = esg(ws, "import", "--ledger", "energy", corrected.toString(), "--replace", "--restate", "--reason",
                "February bill left out", "--by", "esg.manager");
        assertThat(restated.out()).contains("replaced batch");
        String rows = CliRun.sql(ws, "select string_agg(indicator_code || '@' || entity_code || '[' || breakdown || '] ' || old_number::text"
                + " || ' -> ' || new_number::text || ' ' || reason, '; ' order by indicator_code, breakdown) from restatement"
                + " where old_number is not null");
        assertThat(rows).contains("electricity_consumption@tangxia[] 20000 -> 21000 February bill left out")
                .contains("energy_consumption@tangxia[energy_carrier=electricity] ");
        Long unmatched = CliRun.sql(ws, "select count(*) from restatement r where not exists (select 1 from audit_event e "
                + "where e.seq = r.audit_seq and e.action = 'restate' and e.subject_id = r.fact_id and e.reason = 'February bill left out')");
        assertThat(unmatched).as("each restatement has its own restate event").isZero();
        Long events = CliRun.sql(ws, "select count(*) from audit_event where seq > " + mark + " and action = 'restate'");
        assertThat(events).isEqualTo(CliRun.<Long>sql(ws, "select count(*) from restatement")).isPositive();
        CliRun verify = esg(ws, "audit", "verify");
        assertThat(verify.exit()).isZero();

        assertThat(esg(ws, "compute", "--year", "2030", "--by", "esg.manager").out()).as("a restated year is computed again")
                .doesNotContain("2030 is locked");
        Path next = dir.resolve("energy-2031.csv");
        Files.writeString(next, HEADER + "2031-01,塘厦分公司,电力,22000,kWh,,\n", StandardCharsets.UTF_8);
        assertThat(esg(ws, "import", "--ledger", "energy", next.toString(), "--by", "esg.manager").exit()).isZero();
        assertThat(esg(ws, "compute", "--year", "2031", "--by", "esg.manager").exit()).isZero();
        Path template = dir.resolve("report-2031.xml");
        Files.writeString(template, """
                <report id="next-2031" entity="group" year="2031">
                  <organisation zh="示例公司" en="Example Co."/>
                  <title zh="2031年度可持续发展报告" en="2031 Sustainability Report"/>
                  <chapter id="about" zh="关于本报告" en="About this report">
                    <restatements/>
                    <figures periods="2030 2031"><row ref="electricity_consumption@tangxia"/></figures>
                  </chapter>
                </report>
                """, StandardCharsets.UTF_8);
        Path out = Files.createTempDirectory("out");
        esg(ws, "report", "--year", "2031", "--template", template.toString(), "--format", "html", "--out", out.toString());
        String zh = Files.readString(out.resolve("report-2031-zh.html"));
        String en = Files.readString(out.resolve("report-2031-en.html"));
        assertThat(zh).contains("信息重述说明（GRI 2-4）").contains("综合能源消费量（电力）").contains("20,000").contains("21,000")
                .contains("February bill left out").contains("21,000（重述）");
        assertThat(en).contains("Total energy consumption (Electricity)").contains("21,000 (restated)");
    }

    private static CliRun esg(Path ws, String... args) {
        CliRun run = CliRun.esg(ws, args);
        assertThat(run.exit()).as(String.join(" ", args) + "\n" + run.all()).isZero();
        return run;
    }
}
