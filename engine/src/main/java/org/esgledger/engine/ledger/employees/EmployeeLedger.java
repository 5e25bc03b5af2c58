package org.esgledger.engine.ledger.employees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.esgledger.engine.ledger.CellNumbers;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.CellReaders;
import org.esgledger.engine.ledger.CellValueException;
import org.esgledger.engine.ledger.Column;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.ledger.Vocabulary;

/**
 * The employee roster as a ledger kind: its columns (zh, en and the headers HR exports use), its
 * coded values, and the checks that turn a row into an {@link Employee} or into reasons.
 *
 * <p>Personal data beyond what a disclosure needs is kept out: the id must be pseudonymous (not an
 * identity-card number, not a name), and columns such as 姓名 or 身份证号 are never read.
 */
public final class EmployeeLedger {

    public static final String KIND = "employees";


    /** Headers of personal data that are never read, whatever else is in the file. */
    public static final Set<String> PERSONAL_DATA_HEADERS = Set.of("姓名", "名字", "name", "full name", "身份证号", "身份证号码",
            "身份证", "id card", "id number", "手机", "手机号", "电话", "phone", "mobile", "出生日期", "date of birth", "住址", "address");

    public static final Vocabulary GENDER = Vocabulary.pairs(
            "female", List.of("女", "Female", "女性", "F"),
            "male", List.of("男", "Male", "男性", "M"));
    public static final Vocabulary EDUCATION = Vocabulary.pairs(
            "doctorate", List.of("博士", "Doctorate", "博士研究生", "PhD", "Doctor"),
            "master", List.of("硕士", "Master", "硕士研究生", "研究生", "Master's degree"),
            "bachelor", List.of("本科", "Bachelor", "学士", "大学本科", "Bachelor's degree"),
            "college_and_below", List.of("大专及以下", "College and below", "大专", "专科", "高中", "中专", "技校", "初中", "初中及以下", "Other"));
    public static final Vocabulary JOB_FAMILY = Vocabulary.pairs(
            "production", List.of("生产人员", "Production", "生产"),
            "sales", List.of("销售人员", "Sales", "销售", "营销"),
            "finance", List.of("财务人员", "Finance", "财务"),
            "administrative", List.of("行政人员", "Administrative", "行政", "Administration"),
            "technical", List.of("技术人员", "Technical", "技术", "研发"));
    public static final Vocabulary HIRE_CHANNEL = Vocabulary.pairs(
            "campus", List.of("校园招聘", "Campus", "校招", "Campus recruitment"),
            "social", List.of("社会招聘", "Social", "社招", "Social recruitment", "Experienced hire"),
            "internal", List.of("内部调入", "Internal", "内部招聘", "内部推荐", "Internal transfer"));
    public static final Vocabulary YES_NO = Vocabulary.pairs(
            "yes", List.of("是", "Yes", "Y", "true", "1", "√"),
            "no", List.of("否", "No", "N", "false", "0", "×"));
    public static final Vocabulary PARENTAL_LEAVE = Vocabulary.pairs(
            "maternity", List.of("产假", "Maternity"),
            "paternity", List.of("陪产假", "Paternity"),
            "parental", List.of("育儿假", "Parental", "Childcare"));

    private static final Pattern PSEUDONYM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");
    private static final Pattern ID_CARD = Pattern.compile("\\d{17}[\\dXx]|\\d{15}");

    /** Declared after the vocabularies its columns take their values from. */
    public static final List<Column> COLUMNS = List.of(
            Column.required("employee_id", "员工编号", "Employee ID", "工号", "员工号", "Employee No.", "Staff ID", "ID"),
            Column.required("entity", "所属主体", "Entity", "所属公司", "公司", "单位", "Company"),
            Column.required("gender", "性别", "Gender", "Sex").withValues(GENDER),
            Column.required("birth_year", "出生年份", "Birth year", "出生年", "Year of birth"),
            Column.required("education", "学历", "Education", "最高学历").withValues(EDUCATION),
            Column.required("job_family", "岗位类别", "Job family", "岗位序列", "员工类别", "职能", "Function").withValues(JOB_FAMILY),
            Column.required("rd_staff", "是否研发人员", "R&D staff", "研发人员", "Is R&D").withValues(YES_NO),
            Column.required("hire_date", "入职日期", "Hire date", "入职时间", "Date hired"),
            Column.required("hire_channel", "招聘渠道", "Hire channel", "入职渠道", "Channel").withValues(HIRE_CHANNEL),
            Column.optional("leave_date", "离职日期", "Leave date", "离职时间", "Last day"),
            Column.optional("leave_reason", "离职原因", "Leave reason", "Reason for leaving"),
            Column.optional("parental_leave", "生育假类型", "Parental leave", "假期类型", "产假/育儿假").withValues(PARENTAL_LEAVE),
            Column.optional("parental_leave_start", "生育假开始日期", "Parental leave start", "假期开始日期"),
            Column.optional("parental_leave_return", "返岗日期", "Return date", "复工日期", "Return to work"));

    private EmployeeLedger() {
    }

    /** Reads rows one at a time (for streaming); refuses a second row for an employee id already seen. */
    public static RowReader<Employee> reader(LedgerTable.Header header, Function<String, Optional<String>> entities) {
        Map<String, Integer> seen = new HashMap<>();
        return row -> {
            RowResult<Employee> result = read(row, entities);
            if (result instanceof RowResult.Accepted<Employee> a) {
                Integer first = seen.putIfAbsent(a.record().id(), row.number());
                if (first != null) {
                    return new RowResult.Rejected<>(row.number(),
                            List.of(CellProblem.of("employee_id", "employee.duplicate", a.record().id(), first)));
                }
            }
            return result;
        };
    }

    static RowResult<Employee> read(LedgerTable.Row row, Function<String, Optional<String>> entities) {
        List<CellProblem> problems = new ArrayList<>();
        CellReaders cells = new CellReaders(row, problems);
        String id = row.get("employee_id");
        if (ID_CARD.matcher(id).matches()) {
            problems.add(CellProblem.of("employee_id", "employee.idCard"));
        } else if (!PSEUDONYM.matcher(id).matches()) {
            problems.add(CellProblem.of("employee_id", "employee.idInvalid", id));
        }
        String entity = entities.apply(row.get("entity")).orElse(null);
        if (entity == null) {
            problems.add(CellProblem.of("entity", "ledger.unknownEntity", row.get("entity")));
        }
        String gender = cells.coded("gender", GENDER, true);
        Integer birthYear = null;
        try {
            birthYear = (int) CellNumbers.readWhole(row.get("birth_year"));
            if (birthYear < 1900 || birthYear > 2100) {
                problems.add(CellProblem.of("birth_year", "employee.birthYear", row.get("birth_year")));
            }
        } catch (CellValueException e) {
            problems.add(new CellProblem("birth_year", e.problem()));
        }
        String education = cells.coded("education", EDUCATION, true);
        String family = cells.coded("job_family", JOB_FAMILY, true);
        String rd = cells.coded("rd_staff", YES_NO, true);
        LocalDate hired = cells.date("hire_date", true);
        String channel = cells.coded("hire_channel", HIRE_CHANNEL, true);
        LocalDate left = cells.date("leave_date", false);
        String parental = cells.coded("parental_leave", PARENTAL_LEAVE, false);
        LocalDate parentalStart = cells.date("parental_leave_start", parental != null);
        LocalDate parentalReturn = cells.date("parental_leave_return", false);
        if (hired != null && birthYear != null && hired.getYear() - birthYear < 16) {
            problems.add(CellProblem.of("hire_date", "employee.tooYoung", hired, String.valueOf(birthYear)));
        }
        if (hired != null && left != null && left.isBefore(hired)) {
            problems.add(CellProblem.of("leave_date", "employee.leftBeforeHired", left, hired));
        }
        if (parentalStart != null && parentalReturn != null && parentalReturn.isBefore(parentalStart)) {
            problems.add(CellProblem.of("parental_leave_return", "employee.returnBeforeStart", parentalReturn, parentalStart));
        }
        if (!problems.isEmpty()) {
            return new RowResult.Rejected<>(row.number(), problems);
        }
        Optional<Employee.ParentalLeave> leave = parental == null ? Optional.empty()
                : Optional.of(new Employee.ParentalLeave(parental, parentalStart, Optional.ofNullable(parentalReturn)));
        return new RowResult.Accepted<>(row.number(), new Employee(id, entity, gender, birthYear, education, family,
                rd.equals("yes"), hired, channel, Optional.ofNullable(left), row.get("leave_reason"), leave));
    }
}
