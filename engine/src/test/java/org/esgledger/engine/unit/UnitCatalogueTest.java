package org.esgledger.engine.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitCatalogueTest {

    private final UnitCatalogue units = UnitTable.standard();

    private BigDecimal convert(String value, String from, String to) {
        return units.convert(Quantity.of(value, units.resolve(from)), to).value();
    }

    @ParameterizedTest(name = "{0} {1} = {3} {2}")
    @CsvSource({
            "1,        10k_kWh, kWh,      10000",
            "1,        10k_kWh, MWh,      10",
            "12345.6,  kWh,     MWh,      12.3456",
            "12345.6,  kWh,     10k_kWh,  1.23456",
            "2.5,      MWh,     kWh,      2500",
            "1,        MWh,     GJ,       3.6",
            "1,        CNY_100M, CNY_10k, 10000",
            "19.91,    CNY_100M, CNY,     1991000000",
            "18304.60, CNY_10k, CNY,      183046000",
            "232100,   CNY,     CNY_10k,  23.21",
            "183046000, CNY,    CNY_100M, 1.83046",
            "1,        t,       kg,       1000",
            "2.19,     t,       kg,       2190",
            "90,       kg,      t,        0.09",
            "1,        10k_m3,  m3,       10000",
            "1,        year,    month,    12",
            "2,        per_month, per_year, 24",
            "36.20,    percent, one,      0.362",
    })
    void convertsExactly(String value, String from, String to, String expected) {
        BigDecimal result = convert(value, from, to);
        assertThat(result).isEqualByComparingTo(expected);
    }

    @Test
    void roundTripsWithoutLoss() {
        BigDecimal original = new BigDecimal("8660.23");
        BigDecimal yuan = convert("8660.23", "万元", "CNY");
        BigDecimal back = units.convert(new Quantity(yuan, units.resolve("元")), "CNY_10k").value();
        assertThat(back).isEqualByComparingTo(original);
        assertThat(yuan.toPlainString()).isEqualTo("86602300.00");
    }

    @Test
    void nonTerminatingConversionsCarryThirtyFourDigits() {
        BigDecimal kwh = convert("1", "GJ", "kWh");
        assertThat(kwh.precision()).isEqualTo(34);
        assertThat(kwh.toPlainString()).startsWith("277.777777");
    }

    @ParameterizedTest(name = "{0} cannot become {1}")
    @CsvSource({"kWh, m3", "CNY, USD", "t, tCO2e", "person, person_time", "kgce, kWh", "percent, point", "h, class_hour"})
    void refusesToConvertAcrossGroups(String from, String to) {
        assertThatThrownBy(() -> convert("1", from, to))
                .isInstanceOf(UnitException.class)
                .satisfies(e -> {
                    UnitException u = (UnitException) e;
                    assertThat(u.text().zh()).contains("单位组不同");
                    assertThat(u.text().en()).contains("different unit groups");
                });
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"度, kWh", "万千瓦时, 10k_kWh", "方, m3", "m³, m3", "吨, t", "千克, kg", "万元, CNY_10k", "亿元, CNY_100M",
            "吨标准煤, tce", "人, person", "人次, person_time", "次, time", "小时, h", "％, percent", "%, percent",
            "RMB 10k, CNY_10k", "kwh, kWh", "次/月, per_month"})
    void resolvesWhatPeopleType(String typed, String code) {
        assertThat(units.resolve(typed).code()).isEqualTo(code);
    }

    @Test
    void resolvesAnAliasWithinTheIndicatorsGroup() {
        assertThatThrownBy(() -> units.resolve("名")).isInstanceOf(UnitException.class).hasMessageContaining("ambiguous");
        assertThat(units.resolve("名", "headcount").code()).isEqualTo("person");
        assertThat(units.resolve("名", "rank").code()).isEqualTo("rank");
        assertThatThrownBy(() -> units.resolve("吨", "energy")).isInstanceOf(UnitException.class)
                .hasMessageContaining("not a unit of Energy");
    }

    @Test
    void rejectsUnknownUnitsNamingThem() {
        assertThatThrownBy(() -> units.resolve("furlong")).isInstanceOf(UnitException.class)
                .hasMessage("Unknown unit \"furlong\"")
                .satisfies(e -> assertThat(((UnitException) e).text().zh()).isEqualTo("未知单位“furlong”"));
    }

    @Test
    void quantitiesAddOnlyWithinAGroup() {
        Quantity tonnes = Quantity.of("2.19", units.resolve("t"));
        Quantity kilos = Quantity.of("9400", units.resolve("kg"));
        assertThat(tonnes.plus(kilos, units).value()).isEqualByComparingTo("11.59");
        assertThatThrownBy(() -> tonnes.plus(Quantity.of("1", units.resolve("m3")), units)).isInstanceOf(UnitException.class);
    }

    @Test
    void everyGroupHasItsReferenceUnitAndMoneyHasACurrency() {
        for (UnitGroup g : units.groups()) {
            assertThat(units.referenceUnit(g.code()).factor()).isEqualByComparingTo("1");
        }
        assertThat(units.group("money_cny").orElseThrow().currency()).contains("CNY");
        assertThat(units.group("mass").orElseThrow().isMoney()).isFalse();
    }
}
