package org.esgledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing an employee roster as HR exports it, and everything that can be wrong with it. */
@StoreTest
class EmployeeLedgerImportTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Ledgers ledgers;
    @Autowired
    Facts facts;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void demo() {
        workspaces.demoToChange();
    }

    private static final ImportOptions IMPORT = new ImportOptions(false, false, TestActors.manager("hr-tester"));

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private record State(long batches, long records, long rejections, List<FactView> facts) {
    }

    private State state() {
        return new State(count("ledger_batch"), count("employee_record"), count("ledger_rejection"), facts.list(Optional.empty()));
    }

    private static SourceFile gbk(String name, String text) {
        return new SourceFile(name, text.getBytes(Charset.forName("GB18030")));
    }

    static final String ROSTER_GBK = String.join("\r\n",
            "2025年员工花名册",
            "导出日期：2026-01-05,,,,",
            "姓名,工号,性别,出生年份,最高学历,岗位序列,是否研发人员,入职时间,招聘渠道,所属公司,离职日期",
            "张三,T0001,女,１９９０,本科,技术人员,是,2020/3/5,社招,塘厦分公司,",
            "李四,T0002,男,1988,硕士,销售,否,2025年2月1日,社会招聘,厦门熵基,",
            "王五,T0003,男,1979,大专,生产人员,否,43831,社会招聘,广东熵基,2025.06.30",
            "赵六,T0004,女,2001,本科,财务,否,2025-07-01,校招,group,",
            "合计,4,,,,,,,,,");

    @Test
    void importsARosterAsHrExportsItAndComputesItsFigures() {
        ImportReport r = ledgers.importFile("employees", gbk("花名册2025.csv", ROSTER_GBK), IMPORT);
        assertThat(r.encoding()).isEqualTo("GB18030");
        assertThat(r.headerRow()).isEqualTo(3);
        assertThat(r.accepted()).isEqualTo(4);
        assertThat(r.rejections()).isEmpty();
        assertThat(r.skipped().ranges()).containsExactly(new SkippedRows.Range(1, 2, "title"), new SkippedRows.Range(8, 8, "total"));
        assertThat(r.skipped().rows()).isEqualTo(3);
        assertThat(r.skipped().summary().en()).isEqualTo("rows 1–2 title; row 8 total");
        assertThat(r.skipped().summary().zh()).isEqualTo("第 1–2 行 标题；第 8 行 合计");
        assertThat(r.ignoredColumns()).containsExactly("姓名 (personal data, not read)");
        assertThat(jdbc.sql("select employee_id from employee_record where batch_id = ? order by row_no").param(r.batch().get())
                .query(String.class).list()).containsExactly("T0001", "T0002", "T0003", "T0004");
        assertThat(jdbc.sql("select count(*) from employee_record r where r.employee_id = '张三'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select hired_on::text from employee_record where employee_id = 'T0003'").query(String.class).single())
                .isEqualTo("2020-01-01");
        // both rosters are active now: the figures of 2025 count the demo roster's stayers and these four
        FactView hires = facts.list(Optional.of(2025)).stream()
                .filter(f -> f.indicator().equals("new_hires") && f.key().breakdown().isTotal()).findFirst().orElseThrow();
        assertThat(hires.plain()).isEqualTo("2");
        assertThat(Codes.code(hires.origin())).isEqualTo("computed");
        assertThat(jdbc.sql("select count(*) from fact_source_row where fact_id = ?").param(hires.id()).query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void rejectsBadRowsWithTheirReasonsAndKeepsTheGoodOnes() {
        String text = String.join("\n",
                "员工编号,所属主体,性别,出生年份,学历,岗位类别,是否研发人员,入职日期,招聘渠道,离职日期",
                "X0001,塘厦分公司,女,1990,本科,技术人员,是,2020-03-05,社会招聘,",
                "440101199001011234,塘厦分公司,女,1990,本科,技术人员,是,2020-03-05,社会招聘,",
                "X0003,火星分公司,男,1990,本科,技术人员,是,2020-03-05,社会招聘,",
                "X0004,塘厦分公司,未知,1990,本科,技术人员,是,2020-03-05,社会招聘,",
                "X0005,塘厦分公司,男,1990,本科,技术人员,是,2020-03-05,社会招聘,2019-01-01",
                "X0001,塘厦分公司,女,1990,本科,技术人员,是,2020-03-05,社会招聘,",
                "X0007,塘厦分公司,男,1990,本科,技术人员,是,05/03/2020,社会招聘,");
        ImportReport r = ledgers.importFile("employees", new SourceFile("bad.csv", text.getBytes(StandardCharsets.UTF_8)), IMPORT);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.rejections()).extracting(x -> x.row() + ":" + x.column()).containsExactly(
                "3:employee_id", "4:entity", "5:gender", "6:leave_date", "7:employee_id", "8:hire_date");
        assertThat(r.rejections().get(0).reason().zh()).contains("身份证号码");
        assertThat(r.rejections().get(1).reason().en()).isEqualTo("Unknown entity \"火星分公司\"");
        assertThat(r.rejections().get(2).reason().zh()).contains("“未知”不在可选值中：女 / female, 男 / male");
        assertThat(r.rejections().get(4).reason().en()).isEqualTo("Employee X0001 appears twice (first on row 2)");
        assertThat(r.rejections().get(5).reason().en()).contains("\"05/03/2020\" is not a date");
        assertThat(jdbc.sql("select count(*) from ledger_rejection where batch_id = ?").param(r.batch().get()).query(Long.class).single())
                .isEqualTo(6);
    }

    @Test
    void refusesTheSameFileTwiceUnlessReplacingAndKeepsTheHistory() {
        SourceFile file = gbk("花名册2025.csv", ROSTER_GBK);
        long first = ledgers.importFile("employees", file, IMPORT).batch().orElseThrow();
        State before = state();
        EsgException again = catchThrowableOfType(EsgException.class, () -> ledgers.importFile("employees", file, IMPORT));
        assertThat(again.text().en()).contains("was already imported as batch " + first).contains("--replace");
        assertThat(again.text().zh()).contains("已作为批次 " + first + " 导入");
        assertThat(state()).isEqualTo(before);
        ImportReport replaced = ledgers.importFile("employees", file, new ImportOptions(false, true, TestActors.manager("hr-tester")));
        assertThat(replaced.replaced()).contains(first);
        assertThat(jdbc.sql("select superseded_by from ledger_batch where id = ?").param(first).query(Long.class).single())
                .isEqualTo(replaced.batch().orElseThrow());
        assertThat(count("ledger_batch")).isEqualTo(before.batches() + 1);
    }

    @Test
    void aDryRunWritesNothing() {
        State before = state();
        ImportReport r = ledgers.importFile("employees", gbk("dry.csv", ROSTER_GBK), new ImportOptions(true, false, TestActors.manager("hr-tester")));
        assertThat(r.dryRun()).isTrue();
        assertThat(r.accepted()).isEqualTo(4);
        assertThat(r.batch()).isEmpty();
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void refusesFilesThatAreNotARosterAndWritesNothing() {
        State before = state();
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00};
        assertThat(catchThrowableOfType(EsgException.class,
                () -> ledgers.importFile("employees", new SourceFile("roster.csv", brokenZip), IMPORT)).text().en())
                .contains("roster.csv is not a readable workbook");
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(catchThrowableOfType(EsgException.class,
                () -> ledgers.importFile("employees", new SourceFile("roster.csv", pdf), IMPORT)).text().en())
                .contains("binary").contains("PDF");
        assertThat(catchThrowableOfType(EsgException.class, () -> ledgers.importFile("employees",
                new SourceFile("energy.csv", "month,kWh\n2024-01,100\n".getBytes(StandardCharsets.UTF_8)), IMPORT)).text().zh())
                .contains("未找到表头").contains("员工编号 / Employee ID");
        assertThat(catchThrowableOfType(EsgException.class, () -> ledgers.importFile("payroll", gbk("x.csv", ROSTER_GBK), IMPORT))
                .text().en()).contains("Unknown ledger kind \"payroll\"");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void exportThenImportGivesTheSameRecords() {
        List<String> before = records();
        byte[] exported = ledgers.export("employees");
        ImportReport r = ledgers.importFile("employees", new SourceFile("employees-2024.csv", exported),
                new ImportOptions(false, true, TestActors.manager("hr-tester")));
        assertThat(r.rejections()).isEmpty();
        assertThat(r.replaced()).isNotEmpty();
        assertThat(records()).isEqualTo(before);
        assertThat(ledgers.export("employees")).isEqualTo(exported);
    }

    private List<String> records() {
        return jdbc.sql("""
                select concat_ws('|', employee_id, entity_code, gender, birth_year, education, job_family, rd_staff, hired_on,
                       hire_channel, left_on, leave_reason, parental_leave, parental_start, parental_return)
                from employee_record r join ledger_batch b on b.id = r.batch_id where b.superseded_by is null
                order by employee_id""").query(String.class).list();
    }
}
