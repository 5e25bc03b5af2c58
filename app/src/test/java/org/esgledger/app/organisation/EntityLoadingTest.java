package org.esgledger.app.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.esgledger.app.TestFiles.csv;

import java.math.BigDecimal;
import java.util.List;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.intake.LoadRejected;
import org.esgledger.app.intake.Problem;
import org.esgledger.app.intake.SourceFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@StoreTest
class EntityLoadingTest {

    static final String HEADER = "code,parent,kind,name_zh,name_en,country,province,in_boundary,ownership_share";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Organisation organisation;

    @BeforeEach
    void demo() {
        workspaces.demo();
    }

    private List<Problem> refused(SourceFile file) {
        int before = organisation.tree().entities().size();
        LoadRejected e = catchThrowableOfType(LoadRejected.class, () -> organisation.loadEntities(file, TestActors.manager("tester")));
        assertThat(e).isNotNull();
        assertThat(organisation.tree().entities()).hasSize(before);
        return e.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown parent | hk,nowhere,subsidiary,香港熵基,ZKTeco HK,HK,,true,1     | parent          | Unknown entity "nowhere"
            bad kind       | hk,group,affiliate,香港熵基,ZKTeco HK,HK,,true,1         | kind            | "affiliate" is not one of
            bad boundary   | hk,group,subsidiary,香港熵基,ZKTeco HK,HK,,maybe,1       | in_boundary     | "maybe" is not yes or no
            bad share      | hk,group,subsidiary,香港熵基,ZKTeco HK,HK,,true,1.5      | ownership_share | "1.5" is not an ownership share
            bad country    | hk,group,subsidiary,香港熵基,ZKTeco HK,Hong Kong,,true,1 | country         | not a two-letter country code
            second root    | holding,,group,控股,Holding,CN,,true,1                   | parent          | two roots
            """)
    void refusesABadEntityRow(String why, String row, String column, String message) {
        List<Problem> problems = refused(csv("entities.csv", HEADER, "th,group,site,泰国工厂,Thailand factory,TH,,true,1", row));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo(column.strip());
            assertThat(p.text().en()).contains(message);
        });
    }

    @Test
    void refusesACycle() {
        List<Problem> problems = refused(csv("cycle.csv", HEADER,
                "a,b,department,甲,A,CN,GD,true,1",
                "b,a,department,乙,B,CN,GD,true,1"));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.text().en()).contains("its own ancestor"));
    }

    @Test
    void loadsSubsidiariesWithTheirOwnershipShare() {
        workspaces.demoToChange();
        organisation.loadEntities(csv("more.csv", HEADER,
                "hk,group,subsidiary,熵基香港,ZKTeco HK,hk,,true,51%",
                "hk_office,hk,department,香港办事处,HK office,HK,,false,"), TestActors.manager("tester"));
        var tree = organisation.tree();
        assertThat(tree.entity("hk")).hasValueSatisfying(e -> {
            assertThat(e.ownershipShare()).isEqualByComparingTo(new BigDecimal("0.51"));
            assertThat(e.country()).isEqualTo("HK");
        });
        assertThat(tree.entity("hk_office")).hasValueSatisfying(e -> assertThat(e.inBoundary()).isFalse());
    }
}
