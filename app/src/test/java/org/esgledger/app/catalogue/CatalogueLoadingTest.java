package org.esgledger.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.esgledger.app.TestFiles.csv;

import java.util.List;
import java.util.Set;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.intake.LoadRejected;
import org.esgledger.app.intake.Problem;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@StoreTest
class CatalogueLoadingTest {

    static final String HEADER = "code,name_zh,name_en,value_type,unit,aggregation,dimensions,decimals,direction,references";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    CatalogueLoader loader;
    @Autowired
    Organisation organisation;
    @Autowired
    Changes changes;
    @Autowired
    Catalogue catalogue;

    @BeforeEach
    void demo() {
        workspaces.demo();
    }

    private List<Problem> refused(SourceFile file, boolean dimensions) {
        var before = catalogue.indicators();
        var dims = catalogue.dimensions();
        LoadRejected e = catchThrowableOfType(LoadRejected.class,
                () -> { if (dimensions) { loader.loadDimensions(file, TestActors.manager("tester")); } else { loader.loadIndicators(file, TestActors.manager("tester")); } });
        assertThat(e).isNotNull();
        assertThat(catalogue.indicators()).isEqualTo(before);
        assertThat(catalogue.dimensions()).isEqualTo(dims);
        return e.problems();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown unit        | water_use,用水量,Water use,quantity,furlong,sum,,2,lower,      | unit       | Unknown unit "furlong"
            ambiguous unit      | heads,人数,Heads,count,名,sum,,0,neutral,                        | unit       | ambiguous
            bad value type      | water_use,用水量,Water use,volume,m3,sum,,2,lower,              | value_type | "volume" is not one of
            bad aggregation     | water_use,用水量,Water use,quantity,m3,total,,2,lower,          | aggregation| "total" is not one of
            bad decimals        | water_use,用水量,Water use,quantity,m3,sum,,two,lower,          | decimals   | "two" is not a number of decimal places
            unknown dimension   | water_use,用水量,Water use,quantity,m3,sum,colour,2,lower,      | dimensions | Unknown dimension "colour"
            unknown reference   | water_use,用水量,Water use,quantity,m3,sum,,2,lower,GRI:999-9   | references | Unknown framework reference "GRI:999-9"
            missing name        | water_use,,Water use,quantity,m3,sum,,2,lower,                  | name_zh    | A name is required
            text with a unit    | policy_text,政策,Policy,text,m3,none,,0,neutral,                | unit       | has no unit
            """)
    void refusesABadIndicatorRow(String why, String row, String column, String message) {
        List<Problem> problems = refused(csv("indicators.csv", HEADER,
                "water_reuse,中水回用量,Reclaimed water reused,quantity,方,sum,gender,2,higher,GRI:303-3;SDG:SDG6", row), false);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(column.strip());
            assertThat(p.text().en()).contains(message);
        });
    }

    @Test
    void refusesDuplicateCodes() {
        List<Problem> problems = refused(csv("indicators.csv", HEADER,
                "water_use,用水量,Water use,quantity,m3,sum,,2,lower,",
                "water_use,用水量,Water use,quantity,m3,sum,,2,lower,"), false);
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.text().en()).contains("\"water_use\" appears more than once"));
    }

    @Test
    void refusesBadDimensionFiles() {
        List<Problem> problems = refused(csv("dimensions.csv", "dimension,member,name_zh,name_en",
                "site_type,factory,工厂,Factory",
                "colour,,颜色,Colour",
                "colour,red,红,Red",
                "colour,red,红色,Red again"), true);
        assertThat(problems).extracting(Problem::row).containsExactly(2, 5);
        assertThat(problems.get(0).text().en()).contains("must be declared");
        assertThat(problems.get(1).text().en()).contains("appears more than once");
    }

    @Test
    void targetsAreAManagersAndTheRefusalIsRecorded() {
        Actor admin = Actor.user("it.admin", Set.of(Role.ADMIN), Scope.NONE);
        var before = catalogue.targets();
        EsgException e = catchThrowableOfType(EsgException.class,
                () -> loader.loadTargets(SourceFile.resource("demo/targets.csv"), organisation.tree(), admin));
        assertThat(e.text().en()).isEqualTo("it.admin may not set the targets: that needs the role manager (their roles: admin)");
        assertThat(catalogue.targets()).isEqualTo(before);
        List<AuditEvent> trail = changes.events(AuditQuery.ALL);
        assertThat(trail.get(trail.size() - 1)).satisfies(last -> {
            assertThat(last.actor()).isEqualTo("it.admin");
            assertThat(last.action()).isEqualTo("refused");
            assertThat(last.after()).contains("\"attempted\":\"load\"");
        });
    }

    @Test
    void aLoadIsOneAuditEventWithTheFileAndWhatItAddedOrReplaced() {
        workspaces.demoToChange();
        SourceFile file = csv("more.csv", HEADER, "water_reused,回用水量,Water reused,quantity,m3,sum,,2,higher,");
        loader.loadIndicators(file, TestActors.manager("tester"));
        loader.loadIndicators(file, TestActors.manager("tester"));
        List<AuditEvent> trail = changes.events(AuditQuery.ALL);
        AuditEvent first = trail.get(trail.size() - 2);
        AuditEvent again = trail.get(trail.size() - 1);
        assertThat(first.action() + " " + first.subjectKind() + " " + first.subjectId()).isEqualTo("load catalogue indicators");
        String held = String.valueOf(catalogue.indicators().size() - 1);
        assertThat(first.before()).isEqualTo("{\"held\":\"" + held + "\"}");
        assertThat(first.after()).isEqualTo("{\"added\":\"water_reused\",\"file\":\"more.csv\",\"held\":\"" + catalogue.indicators().size()
                + "\",\"removed\":\"\",\"replaced\":\"\",\"rows\":\"1\",\"sha256\":\"" + file.sha256() + "\"}");
        assertThat(again.after()).contains("\"added\":\"\"", "\"replaced\":\"water_reused\"");
    }

    @Test
    void loadsAGoodIndicatorResolvingTheUnitPeopleType() {
        workspaces.demoToChange();
        loader.loadIndicators(csv("more.csv", HEADER,
                "water_withdrawal,取水量,Water withdrawal,quantity,万方,sum,,2,lower,GRI:303-3;SZSE:Art.36;SDG:SDG6"), TestActors.manager("tester"));
        assertThat(catalogue.indicator("water_withdrawal")).hasValueSatisfying(i -> {
            assertThat(i.unit()).isEqualTo("10k_m3");
            assertThat(i.unitGroup()).isEqualTo("volume");
            assertThat(i.references()).extracting(Object::toString).containsExactlyInAnyOrder("GRI:303-3", "SZSE:Art.36", "SDG:SDG6");
        });
    }
}
