package org.esgledger.engine.ghg;

import static org.assertj.core.api.Assertions.assertThat;

import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRowException;
import org.junit.jupiter.api.Test;

class GhgExceptionTest {

    private static final LedgerRow<String> ROW = new LedgerRow<>(3, 17, "a record");

    @Test
    void aProblemOnALedgerRowIsInTheColumnItIsAbout() {
        LedgerRowException unit = new GhgException(Message.of("ghg.unitMismatch", "x", "kg", "pkm")).onRow(ROW, "factor");
        assertThat(unit.column()).isEqualTo("quantity");
        assertThat(unit.batch()).isEqualTo(3);
        assertThat(unit.row()).isEqualTo(17);
        assertThat(unit.problem().key()).isEqualTo("ghg.unitMismatch");
        assertThat(new GhgException(Message.of("ghg.noGwp", "R-999", "AR6")).onRow(ROW, "factor").column()).isEqualTo("activity");
        assertThat(new GhgException(Message.of("ghg.factorUnit", "row 2", "kg/furlong")).onRow(ROW, "factor").column())
                .isEqualTo("factor_unit");
    }

    @Test
    void anyOtherProblemIsInTheColumnThatChoseTheFactor() {
        LedgerRowException noFactor = new NoApplicableFactor(Message.of("ghg.noFactor", "natural_gas ncv", "e", "2024", "set"))
                .onRow(ROW, "carrier");
        assertThat(noFactor.column()).isEqualTo("carrier");
        assertThat(noFactor.text().en()).contains("natural_gas ncv");
    }
}
