package org.esgledger.app.report.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.esgledger.app.report.ReportFormat;
import org.esgledger.engine.report.document.Document;

/** The writer of each edition format: HTML for the screen, PDF (the print XHTML laid out on A4), DOCX. */
public final class EditionWriters {

    private static final Map<ReportFormat, EditionWriter> BY_FORMAT = new EnumMap<>(ReportFormat.class);

    static {
        BY_FORMAT.put(ReportFormat.HTML, EditionWriters::html);
        BY_FORMAT.put(ReportFormat.PDF, (edition, file, names) -> PdfEdition.write(edition, file));
        BY_FORMAT.put(ReportFormat.DOCX, (edition, file, names) -> {
            DocxEdition.write(edition, file);
            return EditionPages.NONE;
        });
    }

    private EditionWriters() {
    }

    /** The writer of an edition format; the data pack's formats have none. */
    public static EditionWriter of(ReportFormat format) {
        EditionWriter w = BY_FORMAT.get(format);
        if (w == null) {
            throw new IllegalArgumentException(format + " is a format of the data pack, not of an edition");
        }
        return w;
    }

    /** The screen edition: one self-contained page, every figure a link to its lineage, a link to the other language's edition. */
    private static EditionPages html(Document edition, Path file, EditionNames names) throws IOException {
        String other = names.otherHtml(edition.language()).orElse(null);
        Files.writeString(file, EditionMarkup.screen(edition, names.lineage(), other), StandardCharsets.UTF_8);
        return EditionPages.NONE;
    }
}
