package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.Test;

/** The user story of issue 2 end to end, through the command line as a user types it. */
class EsgCommandTest {

    private final Path workspace = TestWorkspaces.folder("cli");

    private CliRun esg(String... args) {
        return CliRun.esg(workspace, args);
    }

    @Test
    void demoThenFactsAsCsvThenABadFile() throws Exception {
        CliRun demo = esg("demo", "--force");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Demo workspace loaded").contains("facts total      463").contains("datapack-2024.json");

        CliRun again = esg("demo", "--no-report");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("up to date").doesNotContain("datapack-2024.json");

        CliRun csv = esg("facts", "--year", "2024", "--format", "csv");
        assertThat(csv.exit()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", FactsCommand.COLUMNS));
        // 329 stored facts (256 from the report and the HR, EHS, … ledgers, 73 from the illustrative energy and
        // emission-source ledgers), then 134 values the 2024 snapshot computes (by formula and roll-ups; 45 of them
        // the standard library's derived figures, available or not, since issue 13)
        assertThat(lines).hasSize(1 + 463);
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",rd_staff_share,").contains(",group,2024,,actual,31.42214727374929735806632939853850,percent,snapshot #")
                .contains(",derived,").contains("disclosed 31.42"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",employees_total,员工总人数,Total number of employees,group,2024,,actual,3558,person,draft,computed,"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains(",rd_investment,").contains(",21547.10,CNY_10k,"));

        CliRun json = esg("facts", "--year", "2023", "--format", "json");
        assertThat(json.out()).contains("\"indicator\": \"rd_staff\"").contains("\"value\": 1226");

        CliRun catalogue = esg("catalogue", "--format", "csv");
        assertThat(catalogue.out().lines()).as("the standard library and the demo's own 17").hasSize(1 + 293);
        assertThat(catalogue.out()).contains("employees_total,员工总人数,Total number of employees,count,person,end_of_period,0");

        Path bad = Files.createTempFile("bad-facts", ".csv");
        Files.writeString(bad, "indicator,entity,period,value,unit\nemployees_total,group,2024,12,furlong\n");
        CliRun refused = esg("load", "facts", bad.toString());
        assertThat(refused.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(refused.err()).contains("文件被拒绝，未写入任何数据").contains("nothing was written")
                .contains(bad.getFileName() + " 第2行，“unit”列：").contains(bad.getFileName() + " row 2, column 'unit': Unit \"furlong\"");
        assertThat(esg("facts", "--format", "csv").out().lines()).as("stored facts, then the computed values of 2022-2024, the library's derived figures among them").hasSize(1 + 698);
        assertThat(esg("facts", "--format", "csv", "--stored-only").out().lines()).hasSize(1 + 463);

        // the demo's donations again, saved under another name: a dry run says the import would count them twice
        Path copy = Files.createTempDirectory("esg-cli").resolve("捐赠台账-副本.csv");
        Files.write(copy, (Files.readString(workspace.resolve("ledgers/donations-2024.csv")) + "\r\n").getBytes(StandardCharsets.UTF_8));
        Path rejections = workspace.resolve("rejections");
        long reportsBefore = Files.exists(rejections) ? Files.list(rejections).count() : 0;
        CliRun dry = esg("import", "--ledger", "donations", copy.toString(), "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isEqualTo(EsgCommand.REFUSED);
        assertThat(dry.out()).contains("Dry run, nothing written").contains("repeats").contains("donations-2024.csv");
        assertThat(dry.err()).contains("--replace").contains("--add");
        CliRun refusedCopy = esg("import", "--ledger", "donations", copy.toString());
        assertThat(refusedCopy.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(refusedCopy.err()).contains("捐赠台账-副本.csv").contains("donations-2024.csv").contains("重复计算");
        assertThat(Files.exists(rejections) ? Files.list(rejections).count() : 0).isEqualTo(reportsBefore);
        assertThat(esg("facts", "--format", "csv", "--stored-only").out().lines()).hasSize(1 + 463);
    }

    @Test
    void computeChecksAndExplainAsAUser() throws Exception {
        assertThat(esg("demo", "--no-report").exit()).isZero();
        CliRun compute = esg("compute", "--year", "2024");
        assertThat(compute.exit()).isZero();
        assertThat(compute.out()).contains("bit-identical").contains("Targets: ").contains("GHG and energy (group, 2024)")
                .containsPattern("ghg_scope3_emissions +[0-9]+\\.[0-9]{2} tCO2e").containsPattern("energy_consumption +[0-9]+\\.[0-9]{2} tce");
        CliRun checks = esg("checks", "--year", "2024", "--format", "csv");
        assertThat(checks.out().lines()).hasSize(1 + 4);
        assertThat(checks.out()).contains("turnover-bases").contains("98.07").contains("3458");
        CliRun explain = esg("explain", "rd_staff_share@group@2024");
        assertThat(explain.exit()).isZero();
        assertThat(explain.out()).contains("rd_staff_share@group@2024 = 31.42 percent").contains("formula v1: rd_staff / employees_total")
                .contains("├─ rd_staff@group@2024 = 1118 person").contains("employees-2024.csv (sha256 ").contains("3558 rows in all")
                .contains("entered by esg demo");
        CliRun pack = esg("report", "--year", "2024", "--format", "json,csv,html", "--lang", "en", "--out", Files.createTempDirectory("out").toString());
        assertThat(pack.exit()).isZero();
        assertThat(pack.out()).contains("datapack-2024.json").contains("datapack-2024.csv").contains("report-2024-en.html")
                .contains("lineage-2024.html").doesNotContain("report-2024-zh").contains("render-report-2024.md");
        CliRun rtf = esg("report", "--year", "2024", "--format", "rtf");
        assertThat(rtf.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(rtf.err()).contains("Unknown report format \"rtf\"").contains("未知的报告格式");
        CliRun french = esg("report", "--year", "2024", "--lang", "fr");
        assertThat(french.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(french.err()).contains("unknown language \"fr\"");
        CliRun unknown = esg("explain", "happiness@group@2024");
        assertThat(unknown.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(unknown.err()).contains("不是快照").contains("is not a value of snapshot");
        Path formulas = Files.createTempFile("formulas", ".csv");
        Files.writeString(formulas, "indicator,formula,version\nrd_staff_share,rd_staff / (employees_total,2\n"
                + "female_employee_share,employees_total[gender=female] / operating_revenue,2\n");
        CliRun refused = esg("load", "formulas", formulas.toString());
        assertThat(refused.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(refused.err()).contains(formulas.getFileName() + " row 2, column 'formula'")
                .contains(formulas.getFileName() + " 第3行，“formula”列").contains("headcount / money_cny");
        assertThat(esg("compute", "--year", "2024").out()).as("nothing was saved").contains("bit-identical");
    }

    @Test
    void helpNeedsNoDatabase() {
        CliRun help = esg("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("demo").contains("facts").contains("catalogue").contains("load");
        CliRun usage = esg("facts", "--format", "xml");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("xml");
    }
}
