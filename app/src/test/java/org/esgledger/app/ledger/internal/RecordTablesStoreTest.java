package org.esgledger.app.ledger.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.StoreTest;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.suppliers.Supplier;
import org.esgledger.engine.ledger.surveys.SurveyResponse;
import org.esgledger.engine.ledger.waste.WasteRecord;
import org.esgledger.engine.unit.Quantity;
import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each kind's {@link RecordTable} through the {@link RecordStore} on PostgreSQL: what is saved is
 * read back the same, in batch and row order. Rolled back after each test; needs no demo.
 */
@StoreTest
@Transactional
class RecordTablesStoreTest {

    static final UnitCatalogue UNITS = UnitTable.standard();

    @Autowired
    RecordStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<KindRecords<?>> kinds;

    private long batch;

    @BeforeEach
    void foundation() {
        for (String unit : List.of("kg", "t", "CNY", "CNY_10k")) {
            var u = UNITS.unit(unit).orElseThrow();
            var group = UNITS.groupOf(u);
            jdbc.sql("insert into unit_group (code, name_zh, name_en, reference_unit) values (?, ?, ?, ?) on conflict do nothing")
                    .params(group.code(), group.name().zh(), group.name().en(), group.referenceUnit()).update();
            jdbc.sql("insert into unit (code, group_code, symbol, name_zh, name_en, factor) values (?, ?, ?, ?, ?, ?) on conflict do nothing")
                    .params(u.code(), u.groupCode(), u.symbol(), u.name().zh(), u.name().en(), u.factor()).update();
        }
        jdbc.sql("insert into entity (code, kind, name_zh, name_en, in_boundary, ownership_share) values ('group', 'group', '集团', 'Group',"
                + " true, 1) on conflict do nothing").update();
        batch = jdbc.sql("""
                insert into ledger_batch (kind, file_name, sha256, importer_version, loaded_by, loaded_at, rows_accepted, rows_rejected,
                    rows_skipped) values ('test', 'test.csv', repeat('0', 64), 'test', 'test', now(), 0, 0, 0) returning id""")
                .query(Long.class).single();
    }

    @SuppressWarnings("unchecked")
    private <R> RecordTable<R> table(String code) {
        return (RecordTable<R>) kinds.stream().filter(k -> k.kind().code().equals(code)).findFirst().orElseThrow().table();
    }

    private <R> List<R> roundTrip(String kind, List<R> records) {
        RecordTable<R> table = table(kind);
        List<LedgerRow<R>> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(new LedgerRow<>(batch, i + 2, records.get(i)));
        }
        store.save(table, batch, rows);
        // the store may hold other tests' records (a shared workspace): this test's batch is what it reads back
        List<LedgerRow<R>> active = store.active(table, UNITS).stream().filter(r -> r.batch() == batch).toList();
        assertThat(active).extracting(LedgerRow::row).containsExactly(rows.stream().map(LedgerRow::row).toArray(Integer[]::new));
        return active.stream().map(LedgerRow::record).toList();
    }

    @Test
    void wasteRecordsComeBackAsSaved() {
        List<WasteRecord> records = List.of(
                new WasteRecord("HW-1", "group", LocalDate.of(2024, 3, 5), "废活性炭", "waste_activated_carbon", true, "HW49 900-039-49",
                        new Quantity(new BigDecimal("1250.50"), UNITS.unit("kg").orElseThrow()), "某环保", "GD-1", "incineration"),
                new WasteRecord("", "group", LocalDate.of(2024, 12, 31), "废金属", "scrap_metal", false, "",
                        new Quantity(new BigDecimal("3.5"), UNITS.unit("t").orElseThrow()), "", "", "recycling"));
        assertThat(roundTrip("waste", records)).isEqualTo(records);
    }

    @Test
    void suppliersComeBackWithTheirScoresGapsAndAgreements() {
        List<Optional<BigDecimal>> scores = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            scores.add(m % 3 == 0 ? Optional.empty() : Optional.of(new BigDecimal("90.5")));
        }
        List<Optional<BigDecimal>> none = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            none.add(Optional.empty());
        }
        List<Supplier> records = List.of(
                new Supplier("S0001", "某电子", 2024, "电子元器件", new Quantity(new BigDecimal("120.5"), UNITS.unit("CNY_10k").orElseThrow()),
                        "low", Optional.of(new BigDecimal("92")), scores, Set.of("ip", "integrity", "csr")),
                new Supplier("S0002", "某包装", 2024, "包装", new Quantity(new BigDecimal("80000"), UNITS.unit("CNY").orElseThrow()),
                        "high", Optional.empty(), none, Set.of()));
        List<Supplier> back = roundTrip("suppliers", records);
        assertThat(back).isEqualTo(records);
        assertThat(jdbc.sql("select array_to_string(agreements, ',') from supplier_record where batch_id = ? and row_no = 2")
                .param(batch).query(String.class).single()).as("in the order of Supplier.AGREEMENTS").isEqualTo("integrity,csr,ip");
    }

    @Test
    void surveyResponsesComeBackAsSaved() {
        List<SurveyResponse> records = List.of(new SurveyResponse(2024, "Q1", "C1", true, new BigDecimal("95")),
                new SurveyResponse(2023, "Q2", "C2", false, new BigDecimal("40.25")));
        assertThat(roundTrip("surveys", records)).isEqualTo(records);
    }
}
