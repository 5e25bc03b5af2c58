package org.esgledger.app.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import org.esgledger.engine.ledger.employees.Employee;
import org.esgledger.engine.ledger.employees.RosterFigures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated roster reproduces the printed employee figures exactly, and is deterministic. The
 * targets are read from the demo's facts (the report as printed), not typed into the test.
 */
class DemoRosterTest {

    static Map<String, Integer> printed = new HashMap<>();
    static RosterTargets targets;
    static List<Employee> roster;

    @BeforeAll
    static void generate() throws IOException {
        try (var in = DemoRosterTest.class.getResourceAsStream("/demo/facts-2024-report.csv");
             CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (NamedCsvRecord r : csv) {
                if (r.getField("entity").equals("group") && r.getField("nature").equals("actual")) {
                    printed.put(r.getField("indicator") + "@" + r.getField("period") + "[" + r.getField("breakdown") + "]",
                            Integer.valueOf(r.getField("value").split("\\.")[0]));
                }
            }
        }
        targets = new RosterTargets(2024, get("employees_total", 2024, ""), members("employees_total", 2024, "gender"),
                members("employees_total", 2024, "age"), members("employees_total", 2024, "education"),
                members("employees_total", 2024, "function"), "technical", members("rd_staff", 2024, "gender"),
                members("rd_staff", 2023, "gender"), get("new_hires", 2024, ""), members("new_hires", 2024, "gender"),
                members("new_hires", 2024, "age"), members("new_hires", 2024, "hire_channel"),
                get("employee_departures", 2024, ""), get("maternity_leave_employees", 2024, ""));
        roster = DemoRoster.generate(targets, 2024L);
    }

    static int get(String indicator, int year, String breakdown) {
        Integer v = printed.get(indicator + "@" + year + "[" + breakdown + "]");
        assertThat(v).as(indicator + "@" + year + "[" + breakdown + "] is printed").isNotNull();
        return v;
    }

    static Map<String, Integer> members(String indicator, int year, String dimension) {
        String prefix = indicator + "@" + year + "[" + dimension + "=";
        return printed.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(Collectors.toMap(e -> e.getKey().substring(prefix.length(), e.getKey().length() - 1), Map.Entry::getValue,
                        (a, b) -> a, TreeMap::new));
    }

    private static Map<String, Integer> computed(int year) {
        return RosterFigures.of(roster, 2024).stream().filter(f -> f.year() == year)
                .collect(Collectors.toMap(f -> f.indicator() + "[" + f.breakdown().code() + "]", f -> f.value().intValueExact()));
    }

    @Test
    void reproducesEveryPrintedEmployeeFigureOf2024() {
        Map<String, Integer> c = computed(2024);
        assertThat(c.get("employees_total[]")).isEqualTo(3558);
        for (String dimension : List.of("gender", "age", "education", "function")) {
            members("employees_total", 2024, dimension).forEach((m, n) ->
                    assertThat(c.get("employees_total[" + dimension + "=" + m + "]")).as(dimension + "=" + m).isEqualTo(n));
        }
        assertThat(c.get("new_hires[]")).isEqualTo(get("new_hires", 2024, ""));
        for (String dimension : List.of("gender", "age", "hire_channel")) {
            members("new_hires", 2024, dimension).forEach((m, n) ->
                    assertThat(c.get("new_hires[" + dimension + "=" + m + "]")).as(dimension + "=" + m).isEqualTo(n));
        }
        assertThat(c.get("employee_departures[]")).isEqualTo(861);
        assertThat(c.get("rd_staff[]")).isEqualTo(1118);
        assertThat(c.get("rd_staff[gender=female]")).isEqualTo(228);
        assertThat(c.get("maternity_leave_employees[]")).isEqualTo(77);
        assertThat(c.get("maternity_leave_returned[]")).isEqualTo(77);
    }

    @Test
    void reproducesLastYearsRdStaffAndLetsTheHeadcountRollForwardShow() {
        Map<String, Integer> prior = computed(2023);
        assertThat(prior.get("rd_staff[]")).isEqualTo(get("rd_staff", 2023, ""));
        assertThat(prior.get("rd_staff[gender=male]")).isEqualTo(956);
        // opening headcount follows from the roster: 3,558 − 213 + 861 = 4,206; the report's R&D share
        // implies 1,226 / 29.86% ≈ 4,106 — the 100-person gap the consistency checks are to report
        assertThat(prior.get("employees_total[]")).isEqualTo(3558 - 213 + 861);
    }

    @Test
    void isPseudonymousAndDeterministic() {
        assertThat(roster).hasSize(3558 + 861);
        assertThat(roster).allSatisfy(e -> assertThat(e.id()).matches("E\\d{5}"));
        assertThat(roster.stream().map(Employee::id).distinct().count()).isEqualTo(roster.size());
        assertThat(DemoRoster.generate(targets, 2024L)).isEqualTo(roster);
        assertThat(DemoRoster.generate(targets, 7L)).isNotEqualTo(roster);
        assertThat(roster).allSatisfy(e -> {
            assertThat(e.hired().getYear() - e.birthYear()).isGreaterThanOrEqualTo(18);
            e.left().ifPresent(l -> assertThat(l).isAfter(e.hired()));
        });
    }

    @Test
    void refusesPrintedFiguresThatCannotAllHold() {
        assertThatThrownBy(() -> new RosterTargets(2024, 3558, Map.of("male", 2270, "female", 1289), targets.age(),
                targets.education(), targets.function(), "technical", targets.rdGender(), Map.of(), 213, targets.hireGender(),
                targets.hireAge(), targets.hireChannel(), 861, 77))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gender breakdown sums to 3559, not 3558");
    }
}
