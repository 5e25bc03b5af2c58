package org.esgledger.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.Test;

/** Output formats as typed: lower-case codes, read in any case; an unknown one is refused naming those there are. */
class ReportFormatTest {

    @Test
    void readsCodesInAnyCaseAndListsThemInOrder() {
        assertThat(ReportFormat.of(" PDF ")).isEqualTo(ReportFormat.PDF);
        assertThat(ReportFormat.of(List.of("html", "Csv"))).containsExactlyInAnyOrder(ReportFormat.HTML, ReportFormat.CSV);
        assertThat(ReportFormat.codes()).isEqualTo("html, pdf, docx, json, csv");
        assertThat(ReportFormat.DOCX).hasToString("docx");
        assertThat(ReportFormat.all()).filteredOn(ReportFormat::edition).containsExactly(ReportFormat.HTML, ReportFormat.PDF, ReportFormat.DOCX);
    }

    @Test
    void anUnknownFormatIsRefusedInBothLanguages() {
        assertThatThrownBy(() -> ReportFormat.of("rtf")).isInstanceOf(EsgException.class)
                .hasMessage("Unknown report format \"rtf\" (formats: html, pdf, docx, json, csv)");
        assertThat(((EsgException) catchThrowable(() -> ReportFormat.of("rtf"))).text().zh()).contains("未知的报告格式“rtf”");
    }

    @Test
    void renderOptionsTakeFormatsAsTypedOrAsEnums() {
        RenderOptions typed = new RenderOptions(2024, Path.of("t.xml"), List.of(Language.ZH), List.of("pdf", "HTML"), Path.of("out"), false);
        RenderOptions enums = new RenderOptions(2024, Path.of("t.xml"), List.of(Language.ZH), Set.of(ReportFormat.PDF, ReportFormat.HTML),
                Path.of("out"), false);
        assertThat(typed).isEqualTo(enums);
        assertThat(typed.wants(ReportFormat.PDF)).isTrue();
        assertThat(typed.wants(ReportFormat.DOCX)).isFalse();
    }
}
