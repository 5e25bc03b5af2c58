package org.esgledger.engine.report.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Lists of short items go into two columns; lists of long ones, or of too few, stay in one. */
class ShortItemsTest {

    static Flow.Items list(String... items) {
        return new Flow.Items(false, Arrays.stream(items).map(i -> List.<Inline>of(new Inline.Text(i))).toList());
    }

    @Test
    void fourShortNamesAreSetInTwoColumnsAndMarkedSoInTheXhtml() {
        Flow.Items names = list("塘厦分公司：东莞塘厦分公司", "厦门熵基：厦门熵基科技有限公司", "广东熵基：熵基科技（广东）有限公司", "BioCV: Biometrics & Computer Vision");
        assertThat(ShortItems.inColumns(names)).isTrue();
        assertThat(NarrativeXhtml.write(new Narrative(List.of(names)), NarrativeXhtml::span)).startsWith("<ul class=\"columns\"><li>");
    }

    @Test
    void aLongItemOrTooFewItemsKeepOneColumn() {
        // 49 CJK characters: 49 em, more than two lines of half the text width
        String long49 = String.join("", Collections.nCopies(49, "字"));
        assertThat(ShortItems.inColumns(list("甲", "乙", "丙", long49))).isFalse();
        assertThat(ShortItems.inColumns(list("甲", "乙", "丙", long49.substring(1)))).as("48 em still fits").isTrue();
        // 80 Latin characters are 48 em; 81 are more
        assertThat(ShortItems.inColumns(list("a", "b", "c", "x".repeat(80)))).isTrue();
        assertThat(ShortItems.inColumns(list("a", "b", "c", "x".repeat(81)))).isFalse();
        assertThat(ShortItems.inColumns(list("a", "b", "c"))).as("three items do not fill two columns").isFalse();
        String xhtml = NarrativeXhtml.write(new Narrative(List.of(list("a", "b", "c"))), NarrativeXhtml::span);
        assertThat(xhtml).isEqualTo("<ul><li>a</li><li>b</li><li>c</li></ul>");
    }
}
