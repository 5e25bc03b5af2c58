package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.esgledger.app.report.ReportFormat;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** {@code esg report --lang/--format}: the spellings users typed before still work; help lists the choices; unknown ones are refused in zh and en. */
class ReportChoicesTest {

    @Test
    void readsTheSpellingsUsersType() {
        assertThat(new ReportChoices.Languages().convert(" EN ")).isEqualTo(Language.EN);
        assertThat(new ReportChoices.Languages().convert("zh")).isEqualTo(Language.ZH);
        assertThat(new ReportChoices.Formats().convert("Pdf")).isEqualTo(ReportFormat.PDF);
        assertThat(new ReportChoices.LanguageCodes()).containsExactly("zh", "en");
    }

    @Test
    void refusesUnknownOnesInBothLanguages() {
        assertThatThrownBy(() -> new ReportChoices.Languages().convert("fr")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("unknown language \"fr\" (languages: zh, en)").hasMessageContaining("未知语言“fr”");
        assertThatThrownBy(() -> new ReportChoices.Formats().convert("rtf")).hasMessageContaining("Unknown report format \"rtf\"")
                .hasMessageContaining("未知的报告格式");
    }

    @Test
    void theOptionsAreEnumTypedAndTheirHelpListsTheChoices() {
        CommandLine report = new CommandLine(new ReportCommand());
        report.parseArgs("--year", "2024", "--lang", "EN", "--format", "pdf,HTML");
        ReportCommand c = report.getCommand();
        assertThat(c.languages).containsExactly(Language.EN);
        assertThat(c.formats).containsExactly(ReportFormat.PDF, ReportFormat.HTML);
        assertThat(report.getUsageMessage()).contains("Editions: zh, en (default: both).").contains("html, pdf, docx, json, csv (default: all).");
    }
}
