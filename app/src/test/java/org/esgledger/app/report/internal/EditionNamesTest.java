package org.esgledger.app.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.esgledger.app.report.ReportFormat;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.Test;

/** The files of a render are named by year, language and format; an HTML edition links the other language's only when it is rendered. */
class EditionNamesTest {

    @Test
    void namesEachEditionAndTheLineagePage() {
        EditionNames both = new EditionNames(2024, List.of(Language.ZH, Language.EN));
        assertThat(both.edition(Language.EN, ReportFormat.DOCX)).isEqualTo("report-2024-en.docx");
        assertThat(both.lineage()).isEqualTo("lineage-2024.html");
        assertThat(both.otherHtml(Language.ZH)).contains("report-2024-en.html");
        assertThat(new EditionNames(2024, List.of(Language.ZH)).otherHtml(Language.ZH)).isEmpty();
    }

    @Test
    void everyEditionFormatHasAWriterAndTheDataPacksFormatsNone() {
        for (ReportFormat f : ReportFormat.all()) {
            if (f.edition()) {
                assertThat(EditionWriters.of(f)).as(f.code()).isNotNull();
            } else {
                assertThatThrownBy(() -> EditionWriters.of(f)).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }
}
