package org.esgledger.engine.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.esgledger.engine.unit.UnitCatalogue;
import org.esgledger.engine.unit.UnitTable;
import org.junit.jupiter.api.Test;

class PlausibilityTest {

    private final UnitCatalogue units = UnitTable.standard();

    @Test
    void overridesAreQuantitiesAsPeopleWriteThem() {
        Plausibility p = new Plausibility(Map.of("donations.amount", "5亿元", "waste.quantity", "50000 t", "training.participants", "500"));
        assertThat(p.max("donations.amount", "money_cny", BigDecimal.ONE, units)).isEqualByComparingTo("500000000");
        assertThat(p.max("waste.quantity", "mass", BigDecimal.ONE, units)).isEqualByComparingTo("50000000");
        assertThat(p.max("suppliers.spend", "money_cny", BigDecimal.TEN, units)).isEqualByComparingTo("10");
        assertThat(p.max("training.participants", 10_000)).isEqualTo(500);
    }

    @Test
    void anOverrideOfTheWrongKindIsRefusedNamingTheSetting() {
        Plausibility p = new Plausibility(Map.of("donations.amount", "5 kg"));
        assertThatThrownBy(() -> p.max("donations.amount", "money_cny", BigDecimal.ONE, units))
                .isInstanceOf(CellValueException.class)
                .hasMessageContaining("esg.ledger.plausible-max.donations.amount = \"5 kg\" is not a money_cny quantity");
    }
}
