package org.esgledger.app.ledger.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.apache.poi.ss.util.CellReference;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.Rejection;
import org.esgledger.app.ledger.SkippedRows;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.LedgerRow;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.PersonalData;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.ledger.RowScreen;

/**
 * The rows of one file as an import goes through them, the same way for a dry run and an import:
 * lines above the header are titles, blank and total lines are skipped, every data row is screened
 * ({@link RowScreen}: control characters, personal data), checked for formulas, read by the kind,
 * checked against the rows before it (repeats) and against the batches in force (overlaps). Accepted
 * records are handed to a sink in chunks; nothing else is kept per accepted row but its key.
 */
final class ImportedRows<R> {

    /** Rows are handed over in chunks of this many, so that a long file never sits in memory. */
    static final int CHUNK = 5000;
    /** Row numbers kept per overlapping batch, for the message. */
    private static final int ROWS_NAMED = 5;

    /** Where accepted records go: the kind's store in an import, nowhere in a dry run. */
    interface Sink<R> {
        void save(List<LedgerRow<R>> chunk);
    }

    /** Rows of the file that repeat rows of one batch in force. */
    record Overlap(long batch, int rows, List<Integer> firstRows) {
    }

    private final Ledger<R> kind;
    /** What makes two records the same row, for the overlap with the records in force. */
    private final Function<R, List<String>> keys;
    private final LedgerTable.Header header;
    private final RowReader<R> reader;
    private final Map<Long, Long> active;
    private final long batch;
    private final Sink<R> sink;
    private final List<Rejection> rejections = new ArrayList<>();
    private final SkippedRows.Tally skipped = new SkippedRows.Tally();
    private final Map<Long, Integer> seen = new HashMap<>();
    private final Map<Long, int[]> overlapCounts = new LinkedHashMap<>();
    private final Map<Long, List<Integer>> overlapRows = new LinkedHashMap<>();
    private final List<LedgerRow<R>> chunk = new ArrayList<>();
    private int accepted;

    /**
     * @param active keys of the rows of the batches in force (see {@link Ledger#key}) to the batch holding them
     * @param batch  the batch the accepted rows go to (0 in a dry run)
     */
    ImportedRows(Ledger<R> kind, LedgerTable.Header header, RowReader<R> reader, Map<Long, Long> active, long batch,
                 Sink<R> sink) {
        this.kind = kind;
        this.keys = kind.keys();
        this.header = header;
        this.reader = reader;
        this.active = active;
        this.batch = batch;
        this.sink = sink;
    }

    void line(LedgerInput.Line line) {
        int number = line.number();
        List<String> cells = line.cells();
        if (number < header.row()) {
            skipped.add(number, "title");
            return;
        }
        if (number == header.row()) {
            return;
        }
        LedgerTable.Line read = LedgerTable.line(header, number, cells);
        if (read instanceof LedgerTable.Line.Skip skip) {
            skipped.add(skip.skipped().number(), skip.skipped().reason());
            return;
        }
        LedgerTable.Row row = ((LedgerTable.Line.Data) read).row();
        RowResult<R> result = read(row, line.formulas());
        if (result instanceof RowResult.Accepted<R> a) {
            Integer first = seen.putIfAbsent(RecordKey.of(List.copyOf(row.cells().values())), row.number());
            if (first != null) {
                result = new RowResult.Rejected<>(row.number(), List.of(new CellProblem("", AppMessages.of("ledger.duplicateRow", first))));
            }
        }
        if (result instanceof RowResult.Rejected<R> rejected) {
            reject(rejected, raw(cells));
        } else if (result instanceof RowResult.Accepted<R> a) {
            accept(a);
        }
    }

    /**
     * The kind's verdict on a row, with the screen's problems first: a row is reported with every
     * problem it has, but a cell the screen refused is not reported again by the kind.
     */
    private RowResult<R> read(LedgerTable.Row row, Set<Integer> formulas) {
        List<CellProblem> problems = new ArrayList<>(formulaProblems(row, formulas));
        problems.addAll(RowScreen.problems(row));
        RowResult<R> read = reader.read(row);
        if (problems.isEmpty()) {
            return read;
        }
        if (read instanceof RowResult.Rejected<R> rejected) {
            Set<String> screened = new HashSet<>(problems.stream().map(CellProblem::column).toList());
            rejected.problems().stream().filter(p -> !screened.contains(p.column())).forEach(problems::add);
        }
        return new RowResult.Rejected<>(row.number(), problems);
    }

    private void accept(RowResult.Accepted<R> a) {
        accepted++;
        Long holder = active.get(RecordKey.of(keys.apply(a.record())));
        if (holder != null) {
            overlapCounts.computeIfAbsent(holder, b -> new int[1])[0]++;
            List<Integer> rows = overlapRows.computeIfAbsent(holder, b -> new ArrayList<>());
            if (rows.size() < ROWS_NAMED) {
                rows.add(a.row());
            }
        }
        chunk.add(new LedgerRow<>(batch, a.row(), a.record()));
        if (chunk.size() >= CHUNK) {
            flush();
        }
    }

    private void reject(RowResult.Rejected<R> rejected, String raw) {
        for (CellProblem p : rejected.problems()) {
            Bilingual reason = p.reason().text();
            rejections.add(new Rejection(rejected.row(), p.column(),
                    new Bilingual(safe(reason.zh()), safe(reason.en())), raw));
        }
    }

    /** Text from a file that was not accepted, as it may be stored and printed: personal data masked, controls visible. */
    private static String safe(String text) {
        return PersonalData.mask(RowScreen.visible(text));
    }

    /** The raw text of the cells the kind reads (never the others: they may hold personal data), in file order. */
    private String raw(List<String> cells) {
        List<String> read = new ArrayList<>();
        header.columns().keySet().stream().sorted().forEach(index -> read.add(index < cells.size() ? cells.get(index) : ""));
        return safe(String.join(",", read));
    }

    private List<CellProblem> formulaProblems(LedgerTable.Row row, Set<Integer> formulas) {
        List<CellProblem> problems = new ArrayList<>();
        if (formulas.isEmpty()) {
            return problems;
        }
        header.columns().forEach((index, column) -> {
            if (formulas.contains(index)) {
                problems.add(new CellProblem(column.code(), AppMessages.of("xlsx.formula",
                        CellReference.convertNumToColString(index) + row.number())));
            }
        });
        return problems;
    }

    void flush() {
        if (!chunk.isEmpty()) {
            sink.save(List.copyOf(chunk));
            chunk.clear();
        }
    }

    int accepted() {
        return accepted;
    }

    List<Rejection> rejections() {
        return rejections;
    }

    SkippedRows skipped() {
        return skipped.result();
    }

    long skippedRows() {
        return skipped.rows();
    }

    List<Overlap> overlaps() {
        List<Overlap> out = new ArrayList<>();
        overlapCounts.forEach((b, count) -> out.add(new Overlap(b, count[0], overlapRows.get(b))));
        return out;
    }
}
