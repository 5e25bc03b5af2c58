package org.esgledger.app.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.report.Language;

/**
 * What to render: the year, the template file (registers are read from {@code registers/} beside
 * it), the editions, the formats ({@code html}, {@code pdf}, {@code docx}, {@code json},
 * {@code csv}), the output folder, and whether a missing figure is an error.
 */
public record RenderOptions(int year, Path template, List<Language> languages, Set<String> formats, Path out, boolean strict) {

    public static final List<String> FORMATS = List.of("html", "pdf", "docx", "json", "csv");

    public RenderOptions {
        languages = List.copyOf(languages);
        formats = Set.copyOf(formats);
    }
}
