package org.esgledger.app.fact;

import java.util.Objects;

import org.esgledger.engine.i18n.Bilingual;

/**
 * Why a figure a report published differs from the value the system computes, or why it cannot be
 * computed, and how a sentence names that report ("the 2024 report"): what a report's footnote says
 * beside the published value and the one it prints.
 *
 * @param factId the published figure's fact id
 */
public record PublishedNote(String report, String factId, Bilingual reportName, Bilingual reason, String source) {

    public PublishedNote {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(factId, "factId");
        Objects.requireNonNull(reportName, "reportName");
        Objects.requireNonNull(reason, "reason");
        source = source == null ? "" : source;
    }
}
