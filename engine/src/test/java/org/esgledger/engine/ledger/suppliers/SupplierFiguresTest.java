package org.esgledger.engine.ledger.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerRows;
import org.esgledger.engine.ledger.Plausibility;
import org.esgledger.engine.organisation.EntityKind;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.unit.Quantity;
import org.junit.jupiter.api.Test;

class SupplierFiguresTest {

    static final OrganisationTree TREE = new OrganisationTree(List.of(
            new ReportingEntity("group", Optional.empty(), EntityKind.GROUP, Bilingual.of("集团", "Group"), "CN", "GD", true,
                    BigDecimal.ONE, List.of()),
            new ReportingEntity("plant", Optional.of("group"), EntityKind.BRANCH, Bilingual.of("工厂", "Plant"), "CN", "GD", true,
                    BigDecimal.ONE, List.of())));
    static final LedgerContext CONTEXT = new LedgerContext(TREE, Map.of(), SupplierLedgerTest.UNITS,
            Map.of(SupplierFigures.TOTAL, "item", SupplierFigures.INTEGRITY_SIGNED, "item"), Plausibility.DEFAULTS);

    private final List<LedgerRow<Supplier>> rows = new ArrayList<>();

    private void row(long batch, int row, String id, int year, String... agreements) {
        rows.add(new LedgerRow<>(batch, row, new Supplier(id, "name " + id, year, "parts",
                new Quantity(BigDecimal.TEN, SupplierLedgerTest.UNITS.unit("CNY").orElseThrow()), "low", Optional.empty(),
                Collections.nCopies(12, Optional.empty()), Set.of(agreements))));
    }

    private List<ComputedFact> figures() {
        return SupplierFigures.of(LedgerRows.of(rows), CONTEXT);
    }

    private static List<String> described(List<ComputedFact> facts) {
        return facts.stream().map(f -> f.key().indicator() + "@" + f.key().entity() + "@" + f.key().period().code() + "="
                + f.value().toPlainString() + " " + f.unit() + " " + f.rows().size()).toList();
    }

    @Test
    void countsSuppliersAndIntegritySignersPerYearForTheRootEntity() {
        row(1, 2, "S1", 2024, "integrity", "csr");
        row(1, 3, "S2", 2024, "csr");
        row(1, 4, "S3", 2024, "integrity");
        row(1, 5, "S1", 2023, "integrity");
        List<ComputedFact> facts = figures();
        assertThat(described(facts)).containsExactly(
                "suppliers_integrity_agreement_signed@group@2023=1 item 1",
                "suppliers_integrity_agreement_signed@group@2024=2 item 2",
                "suppliers_total@group@2023=1 item 1",
                "suppliers_total@group@2024=3 item 3");
        assertThat(facts).allSatisfy(f -> assertThat(f.source()).isEqualTo("supplier ledger"));
        assertThat(facts.get(1).rows()).containsExactly(new ComputedFact.SourceRow(1, 2), new ComputedFact.SourceRow(1, 4));
        assertThat(facts.get(3).rows()).containsExactly(new ComputedFact.SourceRow(1, 2), new ComputedFact.SourceRow(1, 3),
                new ComputedFact.SourceRow(1, 4));
        assertThat(facts.get(3).value()).hasToString("3");
    }

    @Test
    void aYearWithoutASignerGivesNoSignerFigureRatherThanZero() {
        row(1, 2, "S1", 2024, "csr", "ip");
        assertThat(described(figures())).containsExactly("suppliers_total@group@2024=1 item 1");
    }

    @Test
    void countsEveryRowInForceAsOneSupplierAcrossBatches() {
        row(1, 2, "S1", 2024);
        row(2, 2, "S1", 2024);
        List<ComputedFact> facts = figures();
        assertThat(described(facts)).as("rows of different batches are not matched against each other")
                .containsExactly("suppliers_total@group@2024=2 item 2");
    }

    @Test
    void anEmptyLedgerYieldsNothing() {
        assertThat(figures()).isEmpty();
    }

    @Test
    void namesEveryIndicatorItCanYield() {
        assertThat(new SuppliersKind().indicators()).containsExactlyInAnyOrder("suppliers_total", "suppliers_integrity_agreement_signed");
    }
}
