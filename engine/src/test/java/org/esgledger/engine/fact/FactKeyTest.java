package org.esgledger.engine.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FactKeyTest {

    private FactKey key(String breakdown, Nature nature) {
        return new FactKey("employees_total", "group", Period.parse("2024"), Breakdown.parse(breakdown), nature);
    }

    @Test
    void idIsStableAndDerivedFromTheWholeKey() {
        FactKey a = key("gender=female", Nature.ACTUAL);
        assertThat(a.id()).isEqualTo(key("gender=female", Nature.ACTUAL).id()).matches("F[0-9a-f]{16}");
        assertThat(a.id()).isNotEqualTo(key("gender=male", Nature.ACTUAL).id());
        assertThat(a.id()).isNotEqualTo(key("gender=female", Nature.TARGET).id());
        assertThat(a.id()).isNotEqualTo(key("", Nature.ACTUAL).id());
    }

    @Test
    void breakdownIsCanonicalWhateverTheOrderTyped() {
        assertThat(Breakdown.parse(" gender=female ; age=over_50").code()).isEqualTo("age=over_50;gender=female");
        assertThat(key("gender=female;age=over_50", Nature.ACTUAL).id())
                .isEqualTo(key("age=over_50;gender=female", Nature.ACTUAL).id());
        assertThat(Breakdown.parse("").isTotal()).isTrue();
    }

    @Test
    void rejectsMalformedBreakdowns() {
        assertThatThrownBy(() -> Breakdown.parse("gender")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Breakdown.parse("gender=male;gender=female")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shortFormReadsLikeWhatPeopleType() {
        assertThat(key("", Nature.ACTUAL)).hasToString("employees_total@group@2024");
        assertThat(key("gender=female", Nature.TARGET)).hasToString("employees_total@group@2024[gender=female]#target");
    }

    @Test
    void naturesReadTheSeedVocabulary() {
        assertThat(Nature.parse("fact")).isEqualTo(Nature.STRUCTURAL);
        assertThat(Nature.parse("")).isEqualTo(Nature.ACTUAL);
        assertThat(Nature.parse("Target")).isEqualTo(Nature.TARGET);
    }

    @Test
    void parsesTheShortFormItPrints() {
        FactKey typed = FactKey.parse(" employees_total@group@2024[gender=female] ").orElseThrow();
        assertThat(typed).isEqualTo(key("gender=female", Nature.ACTUAL));
        assertThat(FactKey.parse("employees_total@group@2024")).contains(key("", Nature.ACTUAL));
        assertThat(FactKey.parse("employees_total@group")).isEmpty();
        assertThat(FactKey.parse("@group@2024")).isEmpty();
        assertThat(FactKey.parse("employees_total@group@20x4")).isEmpty();
        assertThat(FactKey.parse("employees_total@group@2024[gender]")).isEmpty();
        assertThat(FactKey.parse("a@b@2024@c")).isEmpty();
        assertThat(FactKey.parse(null)).isEmpty();
    }
}
