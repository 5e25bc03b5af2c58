package org.esgledger.app.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One defusing rule for every CSV and XLSX we write: exports, templates, rejection reports, the data pack, esg output. */
class FormulaGuardTest {

    @Test
    void textASpreadsheetWouldRunGetsAnApostrophe() {
        assertThat(FormulaGuard.defuse("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(FormulaGuard.defuse("+1")).isEqualTo("'+1");
        assertThat(FormulaGuard.defuse("-2+3")).isEqualTo("'-2+3");
        assertThat(FormulaGuard.defuse("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FormulaGuard.defuse("\t=1")).isEqualTo("'\t=1");
        assertThat(FormulaGuard.defuse("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertThat(FormulaGuard.defuse("塘厦分公司")).isEqualTo("塘厦分公司");
        assertThat(FormulaGuard.defuse("a=b")).isEqualTo("a=b");
        assertThat(FormulaGuard.defuse("")).isEmpty();
        assertThat(FormulaGuard.defuse(null)).isNull();
    }
}
