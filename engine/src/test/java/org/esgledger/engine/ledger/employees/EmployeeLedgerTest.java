package org.esgledger.engine.ledger.employees;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

class EmployeeLedgerTest {

    static final LedgerContext CONTEXT = new LedgerContext(new OrganisationTree(List.of(entity("group", null, "集团"),
            entity("hq", "group", "总部"), entity("plant", "group", "工厂"))), Map.of(), UnitTable.standard(),
            Map.of(), Plausibility.DEFAULTS);

    static final List<String> HEADER = List.of("员工编号", "所属主体", "性别", "出生年份", "学历", "岗位类别", "是否研发人员",
            "入职日期", "招聘渠道", "离职日期", "离职原因", "生育假类型", "生育假开始日期", "返岗日期");

    static ReportingEntity entity(String code, String parent, String zh) {
        return new ReportingEntity(code, Optional.ofNullable(parent), parent == null ? EntityKind.GROUP : EntityKind.SUBSIDIARY,
                Bilingual.of(zh, code), "CN", "GD", true, BigDecimal.ONE, List.of());
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @SafeVarargs
    private static List<RowResult<Employee>> read(List<String> header, List<String>... rows) {
        List<List<String>> sheet = new ArrayList<>();
        sheet.add(header);
        sheet.addAll(List.of(rows));
        LedgerTable table = LedgerTable.read(sheet, EmployeeLedger.COLUMNS);
        RowReader<Employee> reader = new EmployeesKind().reader(table.header(), CONTEXT);
        return table.rows().stream().map(reader::read).toList();
    }

    /** The problems of a rejected row as column:key. */
    private static List<String> problems(RowResult<Employee> result) {
        assertThat(result).isInstanceOf(RowResult.Rejected.class);
        return ((RowResult.Rejected<Employee>) result).problems().stream().map(p -> p.column() + ":" + p.reason().key()).toList();
    }

    private static Employee accepted(RowResult<Employee> result) {
        assertThat(result).isInstanceOf(RowResult.Accepted.class);
        return ((RowResult.Accepted<Employee>) result).record();
    }

    @Test
    void aGoodRowBecomesTheEmployeeWithCodedValuesAndParentalLeave() {
        var results = read(HEADER, row("E001", "总部", "女", "1990", "本科", "技术人员", "是", "2020-05-01", "社会招聘",
                "", "", "产假", "2024-03-01", "2024-08-26"));
        assertThat(accepted(results.get(0))).isEqualTo(new Employee("E001", "hq", "female", 1990, "bachelor", "technical", true,
                LocalDate.of(2020, 5, 1), "social", Optional.empty(), "", Optional.of(new Employee.ParentalLeave("maternity",
                LocalDate.of(2024, 3, 1), Optional.of(LocalDate.of(2024, 8, 26))))));
        assertThat(results.get(0).row()).isEqualTo(2);
    }

    @Test
    void readsEnglishHeadersAndSynonymsWithoutTheOptionalColumns() {
        var results = read(List.of("Staff ID", "Company", "Sex", "Year of birth", "最高学历", "Function", "Is R&D",
                        "Date hired", "Channel", "Last day", "Reason for leaving"),
                row("emp-7", "plant", "Male", "1985", "Master", "Sales", "No", "2010/3/1", "Campus", "2024年6月30日", "resignation"));
        Employee e = accepted(results.get(0));
        assertThat(e.id()).isEqualTo("emp-7");
        assertThat(e.entity()).isEqualTo("plant");
        assertThat(e.gender()).isEqualTo("male");
        assertThat(e.education()).isEqualTo("master");
        assertThat(e.function()).isEqualTo("sales");
        assertThat(e.rdStaff()).isFalse();
        assertThat(e.hired()).isEqualTo(LocalDate.of(2010, 3, 1));
        assertThat(e.hireChannel()).isEqualTo("campus");
        assertThat(e.left()).contains(LocalDate.of(2024, 6, 30));
        assertThat(e.leaveReason()).isEqualTo("resignation");
        assertThat(e.parentalLeave()).isEmpty();
    }

    @Test
    void rejectsEachBadCellNamingItsColumnAndReason() {
        var results = read(HEADER,
                row("110101199003071234", "总部", "女", "1990", "本科", "技术人员", "是", "2020-05-01", "社会招聘", "", "", "", "", ""),
                row("张三", "总部", "女", "1990", "本科", "技术人员", "是", "2020-05-01", "社会招聘", "", "", "", "", ""),
                row("E003", "火星", "X", "1850", "本科", "技术人员", "是", "2020-05-01", "社会招聘", "", "", "", "", ""),
                row("E004", "总部", "女", "nineteen", "小学", "技术人员", "也许", "soon", "社会招聘", "", "", "", "", ""),
                row("E005", "总部", "女", "1995", "本科", "技术人员", "是", "2005-01-01", "社会招聘", "", "", "", "", ""),
                row("E006", "总部", "女", "1990", "本科", "技术人员", "是", "2020-05-01", "社会招聘", "2019-01-01", "", "", "", ""),
                row("E007", "总部", "女", "1990", "本科", "技术人员", "是", "2020-05-01", "社会招聘", "", "", "产假", "", ""),
                row("E008", "总部", "女", "1990", "本科", "技术人员", "是", "2020-05-01", "社会招聘", "", "", "产假", "2024-03-01",
                        "2024-02-01"));
        assertThat(problems(results.get(0))).containsExactly("employee_id:employee.idCard");
        assertThat(problems(results.get(1))).containsExactly("employee_id:employee.idInvalid");
        assertThat(problems(results.get(2))).containsExactly("entity:ledger.unknownEntity", "gender:ledger.notInList",
                "birth_year:employee.birthYear");
        assertThat(problems(results.get(3))).containsExactly("birth_year:cell.notANumber", "education:ledger.notInList",
                "rd_staff:ledger.notInList", "hire_date:cell.notADate");
        assertThat(problems(results.get(4))).containsExactly("hire_date:employee.tooYoung");
        assertThat(problems(results.get(5))).containsExactly("leave_date:employee.leftBeforeHired");
        assertThat(problems(results.get(6))).containsExactly("parental_leave_start:cell.empty");
        assertThat(problems(results.get(7))).containsExactly("parental_leave_return:employee.returnBeforeStart");
    }

    @Test
    void refusesASecondRowForTheSameEmployeeNamingTheFirst() {
        var results = read(HEADER,
                row("E001", "总部", "女", "1990", "本科", "技术人员", "是", "2020-05-01", "社会招聘", "", "", "", "", ""),
                row("E001", "工厂", "男", "1991", "本科", "生产人员", "否", "2021-05-01", "校园招聘", "", "", "", "", ""));
        accepted(results.get(0));
        assertThat(problems(results.get(1))).containsExactly("employee_id:employee.duplicate");
        assertThat(((RowResult.Rejected<Employee>) results.get(1)).problems().get(0).reason().args()).containsExactly("E001", 2);
    }

    @Test
    void theKindNamesPersonalDataHeadersAndKeysAnEmployeeByTheirId() {
        EmployeesKind kind = new EmployeesKind();
        assertThat(kind.personalDataHeaders()).contains("姓名", "身份证号");
        Employee example = kind.example(CONTEXT.units());
        assertThat(kind.key(example, CONTEXT.units())).containsExactly("E00001");
        assertThat(kind.cells(example, CONTEXT.units())).hasSize(EmployeeLedger.COLUMNS.size());
    }

    @Test
    void aRecordWrittenAsCellsIsReadBackTheSame() {
        EmployeesKind kind = new EmployeesKind();
        Employee example = kind.example(CONTEXT.units());
        List<String> cells = kind.cells(example, CONTEXT.units());
        assertThat(accepted(read(HEADER, cells).get(0))).isEqualTo(new Employee("E00001", "group", "female", 1992, "bachelor",
                "technical", true, LocalDate.of(2019, 7, 1), "campus", Optional.empty(), "", example.parentalLeave()));
    }
}
