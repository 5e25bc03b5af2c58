package org.esgledger.app.report;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;

/**
 * What a render writes: an edition as HTML (with the lineage page), PDF or DOCX, or the data pack as
 * JSON or CSV. Written in lower case wherever people type or read it ({@code html}, {@code pdf}, …).
 */
public enum ReportFormat {
    HTML, PDF, DOCX, JSON, CSV;

    /** The format's name as typed and listed: {@code html}, {@code pdf}, {@code docx}, {@code json}, {@code csv}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the format is one of an edition (one file per language), rather than of the data pack. */
    public boolean edition() {
        return this == HTML || this == PDF || this == DOCX;
    }

    @Override
    public String toString() {
        return code();
    }

    /** The format of a name in any case, with surrounding space; an unknown name is refused naming the formats there are. */
    public static ReportFormat of(String code) {
        String c = code.strip().toLowerCase(Locale.ROOT);
        return Stream.of(values()).filter(f -> f.code().equals(c)).findFirst()
                .orElseThrow(() -> new EsgException(AppMessages.of("report.format", code, codes())));
    }

    /** The formats of the names, each as {@link #of} reads it. */
    public static Set<ReportFormat> of(Collection<String> codes) {
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        codes.forEach(c -> formats.add(of(c)));
        return formats;
    }

    /** Every format's name, in order: {@code html, pdf, docx, json, csv}. */
    public static String codes() {
        return Stream.of(values()).map(ReportFormat::code).collect(Collectors.joining(", "));
    }

    /** Every format, in order. */
    public static List<ReportFormat> all() {
        return List.of(values());
    }
}
