package org.esgledger.app.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgledger.app.TestFiles.csv;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.intake.LoadRejected;
import org.esgledger.app.intake.Problem;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Codes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@StoreTest
class FactLoadingTest {

    static final String HEADER = "indicator,entity,period,breakdown,nature,value,unit,status,source,note";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Facts facts;

    @BeforeEach
    void demo() {
        workspaces.demo();
    }

    private List<Problem> refused(SourceFile file) {
        long before = facts.count();
        List<FactView> all = facts.list(Optional.empty());
        LoadRejected e = (LoadRejected) org.assertj.core.api.Assertions.catchThrowable(() -> facts.load(file, TestActors.manager("tester")));
        assertThat(e).as("the file is refused").isNotNull();
        assertThat(facts.count()).as("nothing written").isEqualTo(before);
        assertThat(facts.list(Optional.empty())).isEqualTo(all);
        return e.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown unit          | employees_total,group,2024,,actual,12,furlong,draft,,   | unit       | Unit "furlong" is not a unit of Headcount | “furlong”不是人数的单位
            unit of another group | rd_investment,group,2024,,actual,12,kWh,draft,,         | unit       | not a unit of Money (CNY)                 | 人民币金额
            wrong value type      | employees_total,group,2024,,actual,many,,draft,,        | value      | "many" is not a number                    | “many”不是数字
            unknown entity        | employees_total,atlantis,2024,,actual,12,人,draft,,     | entity     | Unknown entity "atlantis"                 | 未知主体“atlantis”
            unknown indicator     | happiness,group,2024,,actual,12,人,draft,,              | indicator  | Unknown indicator "happiness"             | 未知指标“happiness”
            bad period            | employees_total,group,FY24,,actual,12,人,draft,,        | period     | "FY24" is not a period                    | 不是期间
            dimension not allowed | employees_total,group,2024,waste_type=cutting_sediment,actual,12,人,draft,, | breakdown | has no breakdown by waste_type | 不能按 waste_type 细分
            unknown member        | employees_total,group,2024,gender=other,actual,12,人,draft,, | breakdown | "other" is not a member of dimension gender | 不是维度 gender 的成员
            bad status            | employees_total,group,2024,,actual,12,人,final,,        | status     | "final" is not one of                     | 不在可选值中
            unit on a date        | company_founding_year,group,2024,,fact,2007,年,draft,,  | unit       | has no unit                               | 没有单位
            """)
    void refusesABadRowNamingFileRowAndColumn(String why, String row, String column, String en, String zh) {
        List<Problem> problems = refused(csv("bad.csv", HEADER,
                "employees_total,group,2030,,actual,10,人,draft,,a good row first", row));
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.file()).isEqualTo("bad.csv");
        assertThat(p.row()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(column);
        assertThat(p.text().en()).startsWith("bad.csv row 3, column '" + column + "': ").contains(en);
        assertThat(p.text().zh()).startsWith("bad.csv 第3行，“" + column + "”列：").contains(zh);
    }

    @Test
    void refusesADuplicateKeyNamingBothRows() {
        List<Problem> problems = refused(csv("dup.csv", HEADER,
                "employees_total,group,2030,gender=male,actual,10,人,draft,,",
                "employees_total,group,2030,,actual,20,人,draft,,",
                "employees_total,group,2030,gender=male,actual,11,名,draft,,"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.text().en()).contains("employees_total@group@2030[gender=male] appears twice in the file (first on row 2)");
        });
    }

    @Test
    void refusesMalformedRowsAndHeaders() {
        assertThat(refused(csv("short.csv", HEADER, "employees_total,group,2030,,actual,10")))
                .singleElement().satisfies(p -> assertThat(p.text().en()).contains("row 2").contains("has 6 fields but the header has 10"));
        assertThat(refused(csv("typo.csv", "indicator,entity,period,valeu", "employees_total,group,2030,1")))
                .extracting(Problem::column).containsExactlyInAnyOrder("value", "valeu");
        assertThat(refused(csv("empty.csv"))).singleElement()
                .satisfies(p -> assertThat(p.text().en()).contains("needs a header row"));
        byte[] gbk = (HEADER + "\nemployees_total,集团,2030,,actual,10,人,draft,,\n").getBytes(Charset.forName("GB18030"));
        assertThat(refused(new SourceFile("gbk.csv", gbk))).singleElement()
                .satisfies(p -> assertThat(p.text().en()).contains("not UTF-8"));
    }

    @Test
    void reportsEveryProblemNotJustTheFirst() {
        List<Problem> problems = refused(csv("many.csv", HEADER,
                "employees_total,group,2030,,actual,x,人,draft,,",
                "nobody,group,2030,,actual,1,人,draft,,",
                "employees_total,nowhere,2030,,actual,1,人,draft,,"));
        assertThat(problems).extracting(Problem::row).containsExactly(2, 3, 4);
    }

    @Test
    void acceptsAGoodFileExactlyWithUnitsAsTyped() {
        workspaces.demoToChange();
        SourceFile file = csv("good.csv", HEADER,
                "employees_total,group,2030,,actual,\"3,600\",名,submitted,HR roster,",
                "rd_investment,group,2030,,actual,22000.125,万元,draft,,",
                "hazardous_waste_quantity,塘厦分公司,2030,waste_type=waste_rags,actual,0.9,吨,draft,,");
        LoadedFile loaded = facts.load(file, TestActors.manager("tester"));
        assertThat(loaded.facts()).isEqualTo(3);
        var y2030 = facts.list(Optional.of(2030)).stream()
                .collect(java.util.stream.Collectors.toMap(FactView::indicator, f -> f));
        assertThat(y2030.get("employees_total")).satisfies(f -> {
            assertThat(f.plain()).isEqualTo("3600");
            assertThat(f.unitCode()).isEqualTo("person");
            assertThat(Codes.code(f.status())).isEqualTo("submitted");
            assertThat(f.provenance().enteredBy()).isEqualTo("tester");
            assertThat(f.provenance().file().orElseThrow().row()).isEqualTo(2);
        });
        assertThat(y2030.get("rd_investment").plain()).isEqualTo("22000.125");
        assertThat(y2030.get("rd_investment").unitCode()).isEqualTo("CNY_10k");
        assertThat(y2030.get("hazardous_waste_quantity").entity()).isEqualTo("tangxia");
        assertThat(y2030.get("hazardous_waste_quantity").unitCode()).isEqualTo("t");
    }

    @Test
    void neverReplacesALockedFact() {
        workspaces.demoToChange();
        facts.load(csv("lock.csv", HEADER, "employees_total,group,2031,,actual,100,人,locked,,"), TestActors.manager("tester"));
        List<Problem> problems = refused(csv("relock.csv", HEADER, "employees_total,group,2031,,actual,101,人,draft,,"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.text().en()).contains("is locked"));
    }
}
