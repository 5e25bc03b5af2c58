package org.esgledger.app.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.review.internal.Transitions.Step;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.i18n.Message;
import org.junit.jupiter.api.Test;

/** The review rules, one at a time: which status each step starts from, reasons, four-eyes, approved inputs. */
class TransitionsTest {

    private static final Actor ANN = Actor.user("ann", Set.of(Role.MANAGER), Scope.NONE);

    private static Target fact(FactStatus status, String enteredBy, int unapprovedInputs) {
        return new Target(Target.Kind.FACT, "F1", status, "group", enteredBy, unapprovedInputs);
    }

    private static Optional<String> why(Step step, Target t, String reason, boolean fourEyes) {
        return Transitions.whyNot(step, t, ANN, reason, fourEyes).map(Message::en);
    }

    @Test
    void draftOrRejectedCanBeSubmittedNothingElse() {
        assertThat(why(Step.SUBMIT, fact(FactStatus.DRAFT, "bob", 0), "", true)).isEmpty();
        assertThat(why(Step.SUBMIT, fact(FactStatus.REJECTED, "bob", 0), "", true)).isEmpty();
        assertThat(why(Step.SUBMIT, fact(FactStatus.SUBMITTED, "bob", 0), "", true))
                .hasValue("fact F1 is submitted: submit applies only to a value that is draft, rejected");
        assertThat(why(Step.SUBMIT, fact(FactStatus.APPROVED, "bob", 0), "", true)).isPresent();
        assertThat(why(Step.SUBMIT, fact(FactStatus.LOCKED, "bob", 0), "", true)).isPresent();
    }

    @Test
    void onlySubmittedCanBeApprovedOrRejected() {
        for (FactStatus s : FactStatus.values()) {
            boolean submitted = s == FactStatus.SUBMITTED;
            assertThat(why(Step.APPROVE, fact(s, "bob", 0), "", true).isEmpty()).as("approve " + s).isEqualTo(submitted);
            assertThat(why(Step.REJECT, fact(s, "bob", 0), "wrong unit", true).isEmpty()).as("reject " + s).isEqualTo(submitted);
        }
        assertThat(why(Step.APPROVE, fact(FactStatus.DRAFT, "bob", 0), "", true))
                .hasValue("fact F1 is draft: approve applies only to a value that is submitted");
    }

    @Test
    void aRejectionNeedsAReason() {
        assertThat(why(Step.REJECT, fact(FactStatus.SUBMITTED, "bob", 0), "  ", true)).hasValue("A rejection needs a reason (--reason \"...\")");
        assertThat(why(Step.REJECT, fact(FactStatus.SUBMITTED, "bob", 0), null, true)).isPresent();
        assertThat(Transitions.whyNot(Step.REJECT, fact(FactStatus.SUBMITTED, "bob", 0), ANN, "", true).orElseThrow().zh())
                .contains("退回须说明理由");
    }

    @Test
    void withFourEyesOnNobodyApprovesTheirOwnEntry() {
        assertThat(why(Step.APPROVE, fact(FactStatus.SUBMITTED, "ann", 0), "", true)).hasValueSatisfying(m -> assertThat(m)
                .startsWith("ann may not approve fact F1: they entered or imported it, and the four-eyes rule is on"));
        assertThat(why(Step.APPROVE, fact(FactStatus.SUBMITTED, "ann", 0), "", false)).as("four-eyes off").isEmpty();
        assertThat(why(Step.APPROVE, fact(FactStatus.SUBMITTED, "bob", 0), "", true)).as("someone else's entry").isEmpty();
        assertThat(why(Step.SUBMIT, fact(FactStatus.DRAFT, "ann", 0), "", true)).as("submitting one's own entry").isEmpty();
        assertThat(why(Step.REJECT, fact(FactStatus.SUBMITTED, "ann", 0), "typo", true)).as("rejecting one's own entry").isEmpty();
    }

    @Test
    void aComputedFactIsApprovedOnlyOnceItsBatchesAre() {
        assertThat(why(Step.APPROVE, fact(FactStatus.SUBMITTED, "bob", 2), "", true)).hasValue(
                "Fact F1 is computed from 2 ledger batch(es) not yet approved: approve the batches first (esg approve --batch ID)");
        assertThat(why(Step.SUBMIT, fact(FactStatus.DRAFT, "bob", 2), "", true)).as("it may be submitted before").isEmpty();
    }
}
