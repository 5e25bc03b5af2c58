package org.esgledger.engine.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;

class OrganisationTreeTest {

    private static ReportingEntity entity(String code, String parent) {
        return new ReportingEntity(code, Optional.ofNullable(parent), parent == null ? EntityKind.GROUP : EntityKind.SUBSIDIARY,
                Bilingual.of(code, code), "CN", "GD", true, BigDecimal.ONE, List.of());
    }

    @Test
    void buildsTheTree() {
        OrganisationTree tree = new OrganisationTree(List.of(entity("group", null), entity("a", "group"),
                entity("b", "group"), entity("a1", "a")));
        assertThat(tree.root()).map(ReportingEntity::code).contains("group");
        assertThat(tree.subtree("a")).extracting(ReportingEntity::code).containsExactly("a", "a1");
        assertThat(tree.depth("a1")).isEqualTo(2);
    }

    @Test
    void rejectsUnknownParentsCyclesAndTwoRoots() {
        assertThatThrownBy(() -> new OrganisationTree(List.of(entity("group", null), entity("a", "nowhere"))))
                .isInstanceOf(EsgException.class).hasMessageContaining("unknown parent nowhere");
        assertThatThrownBy(() -> new OrganisationTree(List.of(entity("group", null), entity("a", "b"), entity("b", "a"))))
                .isInstanceOf(EsgException.class).hasMessageContaining("own ancestor");
        assertThatThrownBy(() -> new OrganisationTree(List.of(entity("g1", null), entity("g2", null))))
                .isInstanceOf(EsgException.class).hasMessageContaining("two roots");
    }

    @Test
    void rejectsOwnershipOutsideZeroToOne() {
        assertThatThrownBy(() -> new ReportingEntity("x", Optional.empty(), EntityKind.GROUP, Bilingual.of("x", "x"),
                "CN", "", true, new BigDecimal("1.2"), List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
