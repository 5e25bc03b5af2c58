package org.esgledger.app.report.internal;

import java.util.List;
import java.util.Optional;

import org.esgledger.app.report.ReportFormat;
import org.esgledger.engine.report.Language;

/**
 * The file names of a render: {@code report-YEAR-LANG.EXT} for each edition and format,
 * {@code lineage-YEAR.html} for the page every figure of the HTML editions links to.
 */
public record EditionNames(int year, List<Language> languages) {

    public EditionNames {
        languages = List.copyOf(languages);
    }

    public String edition(Language language, ReportFormat format) {
        return "report-" + year + "-" + language.code() + "." + format.code();
    }

    public String lineage() {
        return "lineage-" + year + ".html";
    }

    /** The HTML file of the other language's edition, when that edition is rendered too. */
    public Optional<String> otherHtml(Language language) {
        return languages.stream().filter(l -> l != language).findFirst().map(l -> edition(l, ReportFormat.HTML));
    }
}
