package org.esgledger.app.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esgledger.app.TestFiles.csv;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.fact.Facts;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The auditor's story: a computation is reproducible bit for bit, says what changed and why, and a
 * frozen year is recomputed only on purpose. It changes facts and freezes a year: it asks for the demo to change.
 */
@StoreTest
class ComputeSnapshotTest {

    static final String HEADER = "indicator,entity,period,breakdown,nature,value,unit,status,source,note";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Calculations calculations;
    @Autowired
    Explanations explanations;
    @Autowired
    Facts facts;

    private ComputeResult compute(boolean freeze, boolean recompute, String reason) {
        return calculations.compute(2024, new ComputeOptions(TestActors.manager("auditor"), freeze, recompute, reason));
    }

    @Test
    void reproducibleExplainedAndFrozen() {
        workspaces.demoToChange();
        SnapshotView first = calculations.current(2024).orElseThrow();

        ComputeResult again = compute(false, false, "");
        assertThat(again.outcome()).isEqualTo(ComputeResult.Outcome.UNCHANGED);
        assertThat(again.snapshot().id()).isEqualTo(first.id());
        assertThat(again.snapshot().contentSha256()).isEqualTo(first.contentSha256());

        facts.load(csv("fix.csv", HEADER, "hazard_checkpoints_passed,group,2024,,actual,103,item,approved,EHS,"), TestActors.manager("ehs"));
        ComputeResult changed = compute(true, false, "sign-off");
        assertThat(changed.outcome()).isEqualTo(ComputeResult.Outcome.CREATED);
        assertThat(changed.snapshot().frozen()).isTrue();
        ChangeReport report = changed.changes().orElseThrow();
        assertThat(report.since()).isEqualTo(first.id());
        assertThat(report.inputs()).singleElement().asString().contains("hazard_checkpoints_passed@group@2024 = 102 item")
                .contains("= 103 item");
        assertThat(report.values()).extracting(Change::key)
                .containsExactlyInAnyOrder("hazard_checkpoints_passed@group@2024", "hazard_checkpoint_pass_rate@group@2024");
        Change rate = report.values().stream().filter(c -> c.key().startsWith("hazard_checkpoint_pass_rate")).findFirst().orElseThrow();
        assertThat(rate.difference()).startsWith("0.9615384615384615");
        assertThat(rate.causes()).singleElement().asString().contains("hazard_checkpoints_passed@group@2024");

        facts.load(csv("fix2.csv", HEADER, "hazard_checkpoints_passed,group,2024,,actual,102,item,approved,EHS,"), TestActors.manager("ehs"));
        ComputeResult refused = compute(false, false, "");
        assertThat(refused.outcome()).isEqualTo(ComputeResult.Outcome.FROZEN);
        assertThat(refused.snapshot().id()).isEqualTo(changed.snapshot().id());
        assertThat(refused.changes().orElseThrow().values()).hasSize(2);
        assertThatThrownBy(() -> compute(false, true, " ")).isInstanceOf(EsgException.class)
                .hasMessageContaining("needs a reason");

        ComputeResult recomputed = compute(false, true, "EHS corrected the count");
        assertThat(recomputed.outcome()).isEqualTo(ComputeResult.Outcome.CREATED);
        assertThat(recomputed.snapshot().frozen()).isTrue();
        assertThat(recomputed.snapshot().frozenReason()).isEqualTo("EHS corrected the count");
        assertThat(recomputed.snapshot().fingerprint()).isEqualTo(first.fingerprint());
        assertThat(recomputed.snapshot().contentSha256()).as("same inputs, bit-identical results").isEqualTo(first.contentSha256());
        assertThat(calculations.history(2024)).hasSize(3);

        ExplainNode n = explanations.explain("hazard_checkpoint_pass_rate@group@2024", 8);
        assertThat(n.value()).startsWith("98.08 percent");
        assertThat(n.how()).isEqualTo("formula v1: hazard_checkpoints_passed / hazard_checkpoints");
        assertThat(n.children()).extracting(ExplainNode::key)
                .containsExactly("hazard_checkpoints_passed@group@2024", "hazard_checkpoints@group@2024");
        assertThat(n.children().get(0).details()).anyMatch(d -> d.contains("entered by ehs"))
                .anyMatch(d -> d.startsWith("file fix2.csv row 2 (sha256 "));
        assertThat(explanations.explain(n.factId(), 1).key()).isEqualTo(n.key());
    }
}
