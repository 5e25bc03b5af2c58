package org.esgledger.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.esgledger.engine.fact.Breakdown;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Nature;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;

/** The four ways to name what evidence and comments go on, and sizes as people write them. */
class ReferenceTest {

    @Test
    void aReferenceIsAFactABatchOrARow() {
        assertThat(Reference.parse(" Face6866e8059f8be ")).isEqualTo(new Reference.Fact("Face6866e8059f8be"));
        String id = new FactKey("employees_total", "HN-DG", Period.parse("2024"), Breakdown.parse("gender=female"), Nature.ACTUAL).id();
        assertThat(Reference.parse("employees_total@HN-DG@2024[gender=female]")).isEqualTo(new Reference.Fact(id));
        assertThat(Reference.parse("batch:45")).isEqualTo(new Reference.Batch(45));
        assertThat(Reference.parse("row:45/17")).isEqualTo(new Reference.Row(45, 17));
        assertThat(new Reference.Row(45, 17).describe()).isEqualTo("row 45/17");
        assertThat(new Reference.Row(45, 17).code()).isEqualTo("row:45/17");
        assertThat(new Reference.Batch(45).code()).isEqualTo("batch:45");
        for (String bad : new String[] {"", "batch:", "row:45", "row:45/x", "batch:-1", "a@b", "x@y@20x4", "fact:F0"}) {
            Throwable t = catchThrowable(() -> Reference.parse(bad));
            assertThat(t).as(bad).isInstanceOf(EsgException.class);
            assertThat(((EsgException) t).text().en()).contains("is not a reference").contains("batch:ID or row:BATCH/ROW");
        }
    }

    @Test
    void sizesAreBinaryMultiples() {
        assertThat(Sizes.parse("25MB")).contains(25L * 1024 * 1024);
        assertThat(Sizes.parse("25 mib")).contains(25L * 1024 * 1024);
        assertThat(Sizes.parse("500KB")).contains(500L * 1024);
        assertThat(Sizes.parse("1G")).contains(1024L * 1024 * 1024);
        assertThat(Sizes.parse("4096")).contains(4096L);
        assertThat(Sizes.parse("1.5MB")).isEmpty();
        assertThat(Sizes.parse("-1")).isEmpty();
        assertThat(Sizes.describe(312)).isEqualTo("312 bytes");
        assertThat(Sizes.describe(1536)).isEqualTo("1.5 KiB");
        assertThat(Sizes.describe(25L * 1024 * 1024)).isEqualTo("25 MiB");
        assertThat(Sizes.describe(3L * 1024 * 1024 + 17)).isEqualTo("3 MiB");
    }
}
