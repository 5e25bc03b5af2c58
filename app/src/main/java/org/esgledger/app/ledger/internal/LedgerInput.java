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
import java.util.NoSuchElementException;
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
 * honoured), a second parses, so a file of any length is read in constant memory. Workbooks
 * (XLSX, XLS) are read whole through {@link WorkbookSheets}, within the size limit of
 * {@link SourceFile}.
 */
public final class LedgerInput implements Iterator<LedgerInput.Line>, AutoCloseable {

    /** A row of cells and its number in the file (header row = 1 when the header is the first line). */
    public record Line(int number, List<String> cells) {
    }

    /** Opens the bytes of a source, again and again (one pass to check the encoding, one to parse). */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String encoding;
    private final Set<String> formulas;
    private final Iterator<Line> lines;
    private final AutoCloseable resource;

    private LedgerInput(String encoding, Set<String> formulas, Iterator<Line> lines, AutoCloseable resource) {
        this.encoding = encoding;
        this.formulas = formulas;
        this.lines = lines;
        this.resource = resource;
    }

    public static LedgerInput of(SourceFile file, Optional<String> sheet) {
        if (WorkbookSheets.isWorkbook(file.bytes())) {
            return workbook(file, sheet);
        }
        return csv(() -> new ByteArrayInputStream(file.bytes()));
    }

    /** Streams a CSV file; a workbook is read whole (and refused above the {@link SourceFile} limit). */
    public static LedgerInput of(Path path, Optional<String> sheet) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(8);
            if (WorkbookSheets.isWorkbook(head)) {
                return workbook(SourceFile.of(path), sheet);
            }
        } catch (IOException e) {
            throw new EsgException(AppMessages.of("file.unreadable", path, e.getMessage()), e);
        }
        return csv(() -> Files.newInputStream(path));
    }

    private static LedgerInput workbook(SourceFile file, Optional<String> sheet) {
        SheetReader.Sheet s = WorkbookSheets.read(file, sheet);
        List<List<String>> rows = s.rows();
        Iterator<Line> lines = new Iterator<>() {
            int i = 0;

            public boolean hasNext() {
                return i < rows.size();
            }

            public Line next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                i++;
                return new Line(i, rows.get(i - 1));
            }
        };
        return new LedgerInput(s.encoding(), s.formulas(), lines, () -> { });
    }

    private static LedgerInput csv(Opener opener) {
        try {
            byte[] head;
            try (InputStream in = opener.open()) {
                head = in.readNBytes(8192);
            }
            int bom = 0;
            Charset charset;
            String name;
            if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
                bom = 3;
                charset = StandardCharsets.UTF_8;
                name = "UTF-8 (BOM)";
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
                bom = 2;
                charset = StandardCharsets.UTF_16LE;
                name = "UTF-16LE (BOM)";
            } else if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
                bom = 2;
                charset = StandardCharsets.UTF_16BE;
                name = "UTF-16BE (BOM)";
            } else {
                String binary = TextDecoding.binaryKind(head);
                if (binary != null) {
                    throw new EsgException(Message.of("text.binary", binary));
                }
                charset = decodes(opener, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8 : Charset.forName("GB18030");
                name = charset == StandardCharsets.UTF_8 ? "UTF-8" : "GB18030";
            }
            if (!decodes(opener, charset)) {
                throw new EsgException(Message.of("text.undecodable"));
            }
            char separator = SheetReader.separator(new String(head, bom, head.length - bom, charset));
            InputStream in = opener.open();
            in.skipNBytes(bom);
            Reader reader = new InputStreamReader(in, decoder(charset));
            CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(separator).skipEmptyLines(false)
                    .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                    .ofCsvRecord(reader);
            Iterator<CsvRecord> records = csv.iterator();
            Iterator<Line> lines = new Iterator<>() {
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
            return new LedgerInput(name, Set.of(), lines, csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    /** Cells holding formulas, as {@code row:column} (1-based row, 0-based column). */
    public Set<String> formulas() {
        return formulas;
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
