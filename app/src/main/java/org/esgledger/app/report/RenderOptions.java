package org.esgledger.app.report;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.report.Language;

/**
 * What to render: the year, the template file (registers are read from {@code registers/} beside
 * it), the editions, the formats, the output folder, whether a missing figure is an error, and
 * whether the render is final ({@code --final}: every printed figure must rest on approved values).
 */
public record RenderOptions(int year, Path template, List<Language> languages, Set<ReportFormat> formats, Path out, boolean strict,
                            boolean finalEdition) {

    /** Every format, in the order the files are written. */
    public static final List<ReportFormat> FORMATS = ReportFormat.all();

    public RenderOptions {
        languages = List.copyOf(languages);
        formats = Set.copyOf(formats);
    }

    /** The formats by name as people type them ({@code html}, {@code pdf}, …); an unknown name is refused naming the formats there are. */
    public RenderOptions(int year, Path template, List<Language> languages, Collection<String> formats, Path out, boolean strict) {
        this(year, template, languages, ReportFormat.of(formats), out, strict, false);
    }

    /** Not final: a render for review, whatever the values' review status. */
    public RenderOptions(int year, Path template, List<Language> languages, Set<ReportFormat> formats, Path out, boolean strict) {
        this(year, template, languages, formats, out, strict, false);
    }

    public boolean wants(ReportFormat format) {
        return formats.contains(format);
    }
}
