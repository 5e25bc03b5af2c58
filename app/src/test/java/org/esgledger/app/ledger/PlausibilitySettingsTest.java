package org.esgledger.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.intake.SourceFile;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** A workspace can tighten (or loosen) what counts as a plausible ledger value. Other settings: its own context and workspace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {"esg.workspace=" + TestWorkspaces.ROOT + "plausibility",
        "esg.ledger.plausible-max.waste.quantity=5 t", "esg.ledger.plausible-max.donations.amount=1万元"})
@Import(TestWorkspaces.class)
class PlausibilitySettingsTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Ledgers ledgers;

    @Test
    void configuredMaximaApply() {
        workspaces.organisationOnly();
        String waste = String.join("\n", "所属主体,转移日期,废物名称,废物类别,数量,单位,处置方式",
                "塘厦分公司,2025-03-05,废活性炭,危险废物,4.5,吨,焚烧",
                "塘厦分公司,2025-03-06,废活性炭,危险废物,5001,kg,焚烧");
        ImportReport w = ledgers.importFile("waste", new SourceFile("w.csv", waste.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(true, false, TestActors.manager("t")));
        assertThat(w.accepted()).isEqualTo(1);
        assertThat(w.rejections()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(3);
            assertThat(r.reason().en()).contains("above the plausible maximum of 5000 kg");
        });
        String donations = String.join("\n", "捐赠日期,捐赠主体,受赠方,金额,用途,形式",
                "2025-01-15,广东熵基,某小学,\"20,000\",教育,现金");
        ImportReport d = ledgers.importFile("donations", new SourceFile("d.csv", donations.getBytes(StandardCharsets.UTF_8)),
                new ImportOptions(true, false, TestActors.manager("t")));
        assertThat(d.rejections()).singleElement().satisfies(r -> assertThat(r.reason().zh()).contains("超过每行合理上限 10000 元"));
    }
}
