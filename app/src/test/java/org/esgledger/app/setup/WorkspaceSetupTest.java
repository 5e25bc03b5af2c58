package org.esgledger.app.setup;

import org.esgledger.app.audit.Actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.esgledger.app.TestFiles.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.esgledger.app.StoreTest;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.workspace.WorkspaceStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The production set-up on an empty workspace: the standard reference data and nothing of the
 * demo's seed company; a second run writes nothing and says so. Each test runs in a transaction
 * that is rolled back, so the shared test store keeps whatever it held.
 */
@StoreTest
@Transactional
class WorkspaceSetupTest {

    /** The demo's seed company, its organisation and donation recipients (demo/entities.csv, demo/dimensions.csv). */
    static final List<String> SEED_COMPANY = List.of("熵基", "zkteco", "塘厦", "tangxia", "樟木头", "zhangmutou", "泰国工厂");

    @Autowired
    WorkspaceSetup setup;
    @Autowired
    WorkspaceStore workspaceStore;
    @Autowired
    Catalogue catalogue;
    @Autowired
    Organisation organisation;

    @BeforeEach
    void emptyWorkspace() {
        workspaceStore.empty();
    }

    @Test
    void setsUpTheStandardReferenceDataOnce() {
        SetupSummary first = setup.apply(Actor.demo());
        assertThat(first.upToDate()).isFalse();
        assertThat(first.fingerprint()).isEqualTo(WorkspaceSetup.fingerprint()).hasSize(64);
        assertThat(first.units()).isGreaterThan(40);
        assertThat(first.frameworkItems()).isEqualTo(321);
        assertThat(first.dimensions()).isEqualTo(20);
        assertThat(first.indicators()).as("the standard library: 193 general indicators of the seed catalogue and 83 added (issue 13)").isEqualTo(276);
        assertThat(first.formulas()).isEqualTo(34);
        assertThat(catalogue.targets()).as("targets are a company's own").isEmpty();
        assertThat(organisation.tree().entities()).as("the organisation is a company's own").isEmpty();
        assertThat(catalogue.dimensions().get("recipient").members()).as("donation recipients are a company's own").isEmpty();
        String digest = catalogue.digest();
        var indicators = catalogue.indicators();
        var dimensions = catalogue.dimensions();
        var formulas = catalogue.formulaRows();

        SetupSummary again = setup.apply(Actor.demo());
        assertThat(again.upToDate()).as("a set-up workspace is left as it is, and the summary says so").isTrue();
        assertThat(again).isEqualTo(new SetupSummary(true, first.fingerprint(), first.units(), first.frameworkItems(),
                first.dimensions(), first.indicators(), first.formulas()));
        assertThat(catalogue.digest()).isEqualTo(digest);
        assertThat(catalogue.indicators()).isEqualTo(indicators);
        assertThat(catalogue.dimensions()).isEqualTo(dimensions);
        assertThat(catalogue.formulaRows()).isEqualTo(formulas);
    }

    @Test
    void generalRulesApplyToTheRootOfWhateverOrganisationIsLoaded() {
        setup.apply(Actor.demo());
        assertThat(catalogue.checkRules()).as("no organisation yet: nothing to evaluate a rule for").isEmpty();
        organisation.loadEntities(csv("entities.csv", "code,parent,kind,name_zh,name_en,country,province,in_boundary,ownership_share",
                "acme,,group,示例集团,Acme Group,CN,,true,1",
                "acme_east,acme,subsidiary,示例东区,Acme East,CN,,true,1"), Actor.demo());
        assertThat(catalogue.checkRules()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo("headcount-roll-forward");
            assertThat(r.entity()).isEqualTo("acme");
        });
    }

    @Test
    void namesNoSeedCompany() {
        setup.apply(Actor.demo());
        List<String> texts = new ArrayList<>();
        catalogue.indicators().forEach(i -> texts.add(i.code() + " " + i.name() + " " + i.definition()));
        catalogue.dimensions().values().forEach(d -> d.members().forEach(m -> texts.add(d.code() + "=" + m.code() + " " + m.name())));
        catalogue.frameworkItems().forEach(i -> texts.add(i.code() + " " + i.title()));
        catalogue.formulaRows().forEach(r -> texts.add(String.join(" ", r)));
        assertThat(texts).hasSizeGreaterThan(500);
        for (String name : SEED_COMPANY) {
            assertThat(texts).as(name).noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)));
        }
    }
}
