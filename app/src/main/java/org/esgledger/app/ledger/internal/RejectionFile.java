package org.esgledger.app.ledger.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.FormulaGuard;
import org.esgledger.app.ledger.Rejection;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.engine.i18n.EsgException;

/**
 * The rejection report of an import as CSV (UTF-8 with BOM, what Excel opens): row, column, reason in
 * zh and en, and the raw text of the cells the kind reads. Written privately (0600) and whole or not at all.
 */
public final class RejectionFile {

    /** Longest file name part taken over from the imported file, in UTF-8 bytes (file systems allow 255). */
    static final int NAME_BYTES = 80;

    private RejectionFile() {
    }

    /** {@code batch-12-员工花名册2024.xlsx.csv}: unique by batch, short enough for any file system. */
    public static String name(long batch, String fileName) {
        return "batch-" + batch + "-" + shortened(fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_")) + ".csv";
    }

    static String shortened(String name) {
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + size > NAME_BYTES) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += size;
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    public static void write(Path path, List<Rejection> rejections) {
        if (Files.isDirectory(path)) {
            throw new EsgException(AppMessages.of("ledger.rejectionsIsFolder", path));
        }
        try {
            PrivateFiles.write(path, csv(rejections));
        } catch (IOException e) {
            throw new EsgException(AppMessages.of("ledger.rejectionsNotWritten", path, String.valueOf(e.getMessage())), e);
        }
    }

    /** The report as the bytes of the CSV file: UTF-8 with BOM, CRLF, text cells defused ({@link FormulaGuard}). */
    public static byte[] csv(List<Rejection> rejections) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
            csv.writeRecord(HEADERS);
            for (Rejection r : rejections) {
                csv.writeRecord(cells(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    }

    /** The columns of the report, in CSV and XLSX alike. */
    static final List<String> HEADERS = List.of("row", "column", "reason_zh", "reason_en", "raw");

    /** One rejection's cells: the row number, then its texts, each defused. */
    static List<String> cells(Rejection r) {
        return List.of(String.valueOf(r.row()), FormulaGuard.defuse(r.column()), FormulaGuard.defuse(r.reason().zh()),
                FormulaGuard.defuse(r.reason().en()), FormulaGuard.defuse(r.raw()));
    }
}
