package org.esgledger.app.ledger.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.ledger.TextDecoding;

/**
 * The rows of a ledger file, one at a time, with their row numbers as a spreadsheet shows them.
 * CSV is streamed: a first pass checks the encoding (UTF-8 unless invalid, then GB18030; BOMs
 * honoured), a second parses, so a file of any length is read in constant memory. XLSX is streamed
 * too, row by row from the sheet's XML ({@link XlsxWorkbook}), within {@link XlsxLimits}; a
 * workbook given as bytes is first written to a private temporary file, deleted on {@link #close()}.
 * Old binary XLS is read whole ({@link WorkbookSheets}), within the size limit of {@link SourceFile}.
 */
public final class LedgerInput implements Iterator<LedgerInput.Line>, AutoCloseable {

    /**
     * A row of cells and its number in the file (header row = 1 when the header is the first line),
     * and the columns (0-based) of its cells that held formulas: their cached values are in
     * {@code cells}, but a formula is not a value anyone entered, so rows using them are rejected.
     */
    public record Line(int number, List<String> cells, Set<Integer> formulas) {
        public Line(int number, List<String> cells) {
            this(number, cells, Set.of());
        }
    }

    /** Opens the bytes of a source, again and again (one pass to check the encoding, one to parse). */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String encoding;
    private final Iterator<Line> lines;
    private final AutoCloseable resource;

    private LedgerInput(String encoding, Iterator<Line> lines, AutoCloseable resource) {
        this.encoding = encoding;
        this.lines = lines;
        this.resource = resource;
    }

    public static LedgerInput of(SourceFile file, Optional<String> sheet) {
        if (WorkbookSheets.isZip(file.bytes())) {
            return xlsx(file, sheet);
        }
        if (WorkbookSheets.isOle2(file.bytes())) {
            return xls(file, sheet);
        }
        return csv(() -> new ByteArrayInputStream(file.bytes()));
    }

    /** Streams a CSV or XLSX file; an XLS workbook is read whole (and refused above the {@link SourceFile} limit). */
    public static LedgerInput of(Path path, Optional<String> sheet) {
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(8);
        } catch (IOException e) {
            throw new EsgException(AppMessages.of("file.unreadable", path, e.getMessage()), e);
        }
        if (WorkbookSheets.isZip(head)) {
            return xlsx(XlsxWorkbook.open(path, path.getFileName().toString(), sheet, () -> { }));
        }
        if (WorkbookSheets.isOle2(head)) {
            return xls(SourceFile.of(path), sheet);
        }
        return csv(() -> Files.newInputStream(path));
    }

    private static LedgerInput xlsx(SourceFile file, Optional<String> sheet) {
        Path copy;
        try {
            copy = Files.createTempFile("esg-ledger-", ".xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Runnable delete = () -> {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                copy.toFile().deleteOnExit();
            }
        };
        try {
            Files.write(copy, file.bytes());
        } catch (IOException e) {
            delete.run();
            throw new UncheckedIOException(e);
        }
        return xlsx(XlsxWorkbook.open(copy, file.shortName(), sheet, delete));
    }

    private static LedgerInput xlsx(XlsxRows rows) {
        return new LedgerInput("XLSX, sheet " + rows.sheet(), rows, rows);
    }

    private static LedgerInput xls(SourceFile file, Optional<String> sheet) {
        WorkbookSheets.Read read = WorkbookSheets.read(file, sheet);
        return new LedgerInput(read.format(), read.lines().iterator(), () -> { });
    }

    /** The text encoding a file was found in: its charset, its name as reported, and the bytes of its byte-order mark. */
    private record Encoding(Charset charset, String name, int bom) {
    }

    private static LedgerInput csv(Opener opener) {
        try {
            byte[] head;
            try (InputStream in = opener.open()) {
                head = in.readNBytes(8192);
            }
            Encoding encoding = encoding(opener, head);
            if (!decodes(opener, encoding.charset())) {
                throw new EsgException(Message.of("text.undecodable"));
            }
            char separator = separator(new String(head, encoding.bom(), head.length - encoding.bom(), encoding.charset()));
            InputStream in = opener.open();
            in.skipNBytes(encoding.bom());
            Reader reader = new InputStreamReader(in, decoder(encoding.charset()));
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(reader);
            return new LedgerInput(encoding.name(), lines(csv.iterator()), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The encoding its byte-order mark names; else UTF-8 when the whole file decodes as UTF-8, else GB18030. Binary files are refused. */
    private static Encoding encoding(Opener opener, byte[] head) throws IOException {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Encoding(StandardCharsets.UTF_8, "UTF-8 (BOM)", 3);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Encoding(StandardCharsets.UTF_16LE, "UTF-16LE (BOM)", 2);
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Encoding(StandardCharsets.UTF_16BE, "UTF-16BE (BOM)", 2);
        }
        String binary = TextDecoding.binaryKind(head);
        if (binary != null) {
            throw new EsgException(Message.of("text.binary", binary));
        }
        return decodes(opener, StandardCharsets.UTF_8) ? new Encoding(StandardCharsets.UTF_8, "UTF-8", 0)
                : new Encoding(Charset.forName("GB18030"), "GB18030", 0);
    }

    /** The records as lines; a malformed record is refused with the parser's account of it. */
    private static Iterator<Line> lines(Iterator<CsvRecord> records) {
        return new Iterator<>() {
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (CsvParseException e) {
                    throw new EsgException(AppMessages.of("csv.malformed", e.getMessage()), e);
                }
            }

            public Line next() {
                try {
                    CsvRecord r = records.next();
                    return new Line((int) r.getStartingLineNumber(), r.getFields());
                } catch (CsvParseException e) {
                    throw new EsgException(AppMessages.of("csv.malformed", e.getMessage()), e);
                }
            }
        };
    }

    /** The separator that splits the first lines most consistently: comma, tab (Excel's "Unicode text") or semicolon. */
    static char separator(String text) {
        String head = text.lines().limit(10).reduce("", (x, y) -> x + "\n" + y);
        char best = ',';
        long bestCount = -1;
        for (char c : new char[] {',', '\t', ';'}) {
            long count = head.chars().filter(ch -> ch == c).count();
            if (count > bestCount) {
                best = c;
                bestCount = count;
            }
        }
        return best;
    }

    /** True if the whole stream decodes strictly in the charset (read in chunks, nothing kept). */
    private static boolean decodes(Opener opener, Charset charset) throws IOException {
        try (InputStream in = opener.open(); Reader reader = new InputStreamReader(in, decoder(charset))) {
            char[] buffer = new char[65536];
            while (reader.read(buffer) >= 0) {
                // only checking
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    public String encoding() {
        return encoding;
    }

    @Override
    public boolean hasNext() {
        return lines.hasNext();
    }

    @Override
    public Line next() {
        return lines.next();
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception e) {
            // nothing was written through it
        }
    }
}
