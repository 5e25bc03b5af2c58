package org.esgledger.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LedgerTableTest {

    static final List<Column> COLUMNS = List.of(
            Column.required("entity", "主体", "Entity", "公司", "单位"),
            Column.required("month", "月份", "Month", "期间"),
            Column.required("quantity", "用量", "Quantity", "用电量", "数量"),
            Column.optional("cost", "费用", "Cost", "金额"));

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

    @Test
    void findsTheHeaderBelowTitleRowsInAnyOrderWithUnitsAndSkipsTotals() {
        LedgerTable t = LedgerTable.read(List.of(
                row("2024年用电台账"),
                row("编制单位：行政部", "", ""),
                row("月份", "用电量（度）", "公司", "备注"),
                row("2024-01", "1,200", "塘厦分公司", ""),
                row("", "", "", ""),
                row("2024-02", "1,300", "塘厦分公司", "抄表"),
                row("合计", "2,500", "", "")), COLUMNS);
        assertThat(t.header().row()).isEqualTo(3);
        assertThat(t.header().units()).containsEntry("quantity", "度");
        assertThat(t.header().unknown()).containsExactly("备注");
        assertThat(t.rows()).extracting(LedgerTable.Row::number).containsExactly(4, 6);
        assertThat(t.rows().get(1).get("quantity")).isEqualTo("1,300");
        assertThat(t.rows().get(1).get("entity")).isEqualTo("塘厦分公司");
        assertThat(t.rows().get(0).get("cost")).isEmpty();
        assertThat(t.skipped()).extracting(s -> s.number() + ":" + s.reason())
                .containsExactly("1:title", "2:title", "5:blank", "7:total");
    }

    @Test
    void matchesEnglishHeadersAndSynonymsWhateverTheirCase() {
        LedgerTable t = LedgerTable.read(List.of(row("ENTITY", "month:", "Quantity (kWh)", "金额")), COLUMNS);
        assertThat(t.header().columns().values()).extracting(Column::code).containsExactly("entity", "month", "quantity", "cost");
        assertThat(t.header().units()).containsEntry("quantity", "kWh");
    }

    @Test
    void saysWhichColumnsAreMissing() {
        assertThatThrownBy(() -> LedgerTable.read(List.of(row("主体", "月份", "备注")), COLUMNS))
                .isInstanceOf(LedgerLayoutException.class)
                .hasMessageContaining("missing columns: [用量 / Quantity]")
                .satisfies(e -> assertThat(((LedgerLayoutException) e).text().zh()).contains("缺少的列"));
    }

    @Test
    void refusesAColumnNamedTwice() {
        assertThatThrownBy(() -> LedgerTable.read(List.of(row("主体", "月份", "用量", "数量")), COLUMNS))
                .isInstanceOf(LedgerLayoutException.class).hasMessageContaining("twice");
    }
}
