package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.Composition;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.report.document.Document;
import org.esgledger.engine.report.template.FigureRef;
import org.junit.jupiter.api.Test;

/** What the render report says about the snapshot: the figures no edition prints, and the findings about those it prints. */
class FigureUseTest {

    static SnapshotValue value(String id, String key, String value) {
        return new SnapshotValue(id, key, key.split("@")[0], "group", "2024", "", Optional.ofNullable(value).map(BigDecimal::new), "person",
                value == null ? "" : value, Derivation.Kind.STORED, "", "", "", "", List.of());
    }

    static Composition printing(String... factIds) {
        List<Composition.Use> used = Arrays.stream(factIds)
                .map(id -> new Composition.Use(FigureRef.parse("x@group@2024"), id, "people")).toList();
        return new Composition(new Document(Language.ZH, 2024, "org", "title", List.of()), used, List.of(), List.of());
    }

    @Test
    void listsTheComputedValuesNoEditionPrintsAndTheFindingsAboutThoseItPrints() {
        List<SnapshotValue> values = List.of(value("F1", "employees_total@group@2024", "3558"), value("F2", "rd_staff@group@2024", "1118"),
                value("F3", "water@group@2024", null));
        FigureUse use = FigureUse.of(List.of(printing("F1"), printing("F1", "")), values);
        assertThat(use.used()).containsExactly("", "F1");
        assertThat(use.unused()).as("a value without a number is not 'unused'").containsExactly("rd_staff@group@2024");
        List<String> findings = use.findingsAbout(List.of(
                new FindingView("sum", Severity.MEDIUM, "employees_total@group@2024[gender=female]", Bilingual.of("不符", "does not add up")),
                new FindingView("ratio", Severity.HIGH, "rd_staff@group@2024", Bilingual.of("错", "wrong")),
                new FindingView("other", Severity.MEDIUM, "employees_total@group@20245", Bilingual.of("x", "x"))));
        assertThat(findings).containsExactly("sum [medium] employees_total@group@2024[gender=female]: does not add up / 不符");
    }
}
