package org.esgledger.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Cells no ledger may store, and values that look like personal data. */
class RowScreenTest {

    private static LedgerTable.Row row(String... columnsAndValues) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            cells.put(columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return new LedgerTable.Row(7, cells);
    }

    @Test
    void aNulOrOtherControlCharacterIsRefusedWithItsColumnAndPosition() {
        var problems = RowScreen.problems(row("note", "ab\u0000c", "entity", "group", "recipient", "x\u001Fy"));
        assertThat(problems).extracting(CellProblem::column).containsExactly("note", "recipient");
        assertThat(problems.get(0).reason().en()).contains("U+0000").contains("character 3");
        assertThat(problems.get(0).reason().zh()).contains("控制字符").contains("第 3 个字符");
        assertThat(RowScreen.problems(row("note", "tab\tand text"))).isEmpty();
    }

    @Test
    void identityCardAndMobileNumbersAreRefusedAndNeverQuotedWhole() {
        var problems = RowScreen.problems(row("employee_id", "44030619900307451X", "note", "call 138-1234-5678", "entity", "group"));
        assertThat(problems).extracting(CellProblem::column).containsExactly("employee_id", "note");
        assertThat(problems.get(0).reason().en()).contains("identity-card").contains("44**************1X")
                .doesNotContain("44030619900307451X");
        assertThat(problems.get(1).reason().zh()).contains("手机").contains("13*-****-**78").doesNotContain("1234");
    }

    @Test
    void amountsDatesAndCodesAreNotTakenForPersonalData() {
        assertThat(PersonalData.find("1,380,012,345")).isEmpty();
        assertThat(PersonalData.find("2024-03-05")).isEmpty();
        assertThat(PersonalData.find("E20240001")).isEmpty();
        assertThat(PersonalData.find("HW49 900-039-49")).isEmpty();
        assertThat(PersonalData.find("123456789012")).isEmpty();
        assertThat(PersonalData.find("A138123456789")).isEmpty();
        assertThat(PersonalData.find("13812345678")).contains(PersonalData.Kind.MOBILE_PHONE);
        assertThat(PersonalData.find("+86 138 1234 5678")).contains(PersonalData.Kind.MOBILE_PHONE);
        assertThat(PersonalData.find("110101800101001")).contains(PersonalData.Kind.IDENTITY_CARD);
        assertThat(PersonalData.mask("id 110101199003074512, tel 13912345678."))
                .isEqualTo("id 11**************12, tel 13*******78.");
    }

    @Test
    void aControlCharacterIsShownVisiblyInReports() {
        assertThat(RowScreen.visible("a\u0000b\tc")).isEqualTo("a\uFFFDb\tc");
    }

    @Test
    void aCellUnitThatContradictsTheUnitColumnIsNamedWithBoth() {
        java.util.function.Function<String, Optional<String>> resolve = t -> switch (CellText.fold(t)) {
            case "千瓦时", "度", "kWh" -> Optional.of("kWh");
            case "万千瓦时" -> Optional.of("10MWh");
            default -> Optional.empty();
        };
        var p = StatedUnit.contradiction("quantity", "万千瓦时", "unit", "千瓦时", Optional.empty(), resolve);
        assertThat(p).isPresent();
        assertThat(p.get().column()).isEqualTo("quantity");
        assertThat(p.get().reason().en()).contains("万千瓦时").contains("千瓦时");
        assertThat(p.get().reason().zh()).contains("矛盾");
        assertThat(StatedUnit.contradiction("quantity", "度", "unit", "kWh", Optional.empty(), resolve)).isEmpty();
        assertThat(StatedUnit.contradiction("quantity", "", "unit", "万千瓦时", Optional.of("度"), resolve))
                .map(CellProblem::column).contains("unit");
        assertThat(StatedUnit.contradiction("quantity", "万千瓦时", "unit", "", Optional.of("度"), resolve)).isEmpty();
    }
}
