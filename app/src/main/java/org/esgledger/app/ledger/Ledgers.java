package org.esgledger.app.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.ComputedFact;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.ledger.internal.BatchStore;
import org.esgledger.app.ledger.internal.LedgerKind;
import org.esgledger.app.ledger.internal.LedgerInput;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowReader;
import org.esgledger.engine.ledger.RowResult;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operating ledgers in and out: reads a ledger file, accepts or rejects every row with its reason,
 * keeps the accepted rows as a batch with full provenance, and recomputes the facts the ledger kind
 * yields. One transaction per import: a failure or a kill leaves nothing half-applied. The same
 * mechanism serves every kind; each kind is one adapter ({@link LedgerKind}).
 */
@Service
public class Ledgers {

    static final String IMPORTER_VERSION = "esg-ledger 0.1.0 / ledger-import v1";

    private final Map<String, LedgerKind<?>> kinds = new LinkedHashMap<>();
    private final BatchStore batches;
    private final Organisation organisation;
    private final Catalogue catalogue;
    private final Facts facts;
    private final Clock clock;

    private final LedgerSettings settings;

    Ledgers(List<LedgerKind<?>> kinds, BatchStore batches, Organisation organisation, Catalogue catalogue, Facts facts,
            LedgerSettings settings, Optional<Clock> clock) {
        this.settings = settings;
        kinds.forEach(k -> this.kinds.put(k.code(), k));
        this.batches = batches;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.facts = facts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The ledger batches in force (not superseded), one line each: {@code id|kind|file|sha256|accepted};
     * what a calculation's fingerprint records of the ledgers.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public List<String> activeBatches() {
        return batches.activeLines();
    }

    /** The ledger kinds that can be imported. */
    public List<String> kinds() {
        return List.copyOf(kinds.keySet());
    }

    private LedgerKind<?> kind(String code) {
        LedgerKind<?> kind = kinds.get(code);
        if (kind == null) {
            throw new EsgException(AppMessages.of("ledger.unknownKind", code, String.join(", ", kinds.keySet())));
        }
        return kind;
    }

    /** The active records of a ledger kind, in its import layout: export → import gives the same records. */
    @Transactional(readOnly = true)
    public byte[] export(String kind) {
        return export(kind(kind));
    }

    private static <R> byte[] export(LedgerKind<R> kind) {
        return kind.csv(kind.active().stream().map(LedgerKind.Stored::record).toList());
    }

    /** Records of a kind in its import layout, for files that are generated rather than exported (the demo's). */
    public <R> byte[] layout(String kind, List<R> records) {
        @SuppressWarnings("unchecked")
        LedgerKind<R> k = (LedgerKind<R>) kind(kind);
        return k.csv(records);
    }

    @Transactional
    public ImportReport importFile(String kind, SourceFile file, ImportOptions options) {
        try (LedgerInput input = LedgerInput.of(file, options.sheet())) {
            return importWith(kind(kind), input, file.shortName(), file.sha256(), options);
        }
    }

    /** Imports a file from disk; CSV is streamed, so its length is not limited by memory. */
    @Transactional
    public ImportReport importPath(String kind, java.nio.file.Path path, ImportOptions options) {
        LedgerKind<?> k = kind(kind);
        if (!java.nio.file.Files.isRegularFile(path)) {
            throw new EsgException(AppMessages.of("file.missing", path));
        }
        String sha256 = sha256(path);
        try (LedgerInput input = LedgerInput.of(path, options.sheet())) {
            return importWith(k, input, path.getFileName().toString(), sha256, options);
        }
    }

    private static String sha256(java.nio.file.Path path) {
        try (var in = java.nio.file.Files.newInputStream(path)) {
            var digest = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return java.util.HexFormat.of().formatHex(digest.digest());
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            throw new EsgException(AppMessages.of("file.unreadable", path, e.getMessage()), e);
        }
    }

    /** Rows are saved in chunks of this many, so that a long file never sits in memory. */
    static final int CHUNK = 5000;

    private <R> ImportReport importWith(LedgerKind<R> kind, LedgerInput input, String fileName, String sha256, ImportOptions options) {
        List<BatchStore.Earlier> earlier = batches.activeSameFile(kind.code(), fileName, sha256);
        if (!earlier.isEmpty() && !options.replace()) {
            BatchStore.Earlier e = earlier.get(0);
            throw new EsgException(AppMessages.of(e.sha256().equals(sha256) ? "ledger.sameFile" : "ledger.sameName",
                    fileName, e.id(), e.loadedAt()));
        }
        Optional<Long> replaced = earlier.stream().findFirst().map(BatchStore.Earlier::id);
        List<LedgerInput.Line> head = new ArrayList<>();
        while (head.size() < LedgerTable.HEADER_SEARCH_ROWS && input.hasNext()) {
            head.add(input.next());
        }
        LedgerTable.Header header = LedgerTable.findHeader(head.stream().map(LedgerInput.Line::cells).toList(), kind.columns());
        LedgerKind.Context context = context();
        RowReader<R> reader = kind.reader(header, context);
        Instant now = clock.instant();
        long batch = options.dryRun() ? 0 : batches.create(kind.code(), fileName, sha256, input.encoding(), IMPORTER_VERSION,
                options.by(), now, 0, 0, 0);
        if (!options.dryRun()) {
            for (BatchStore.Earlier e : earlier) {
                batches.supersede(e.id(), batch, "replaced by " + fileName);
            }
        }
        List<Rejection> rejections = new ArrayList<>();
        SkippedRows.Tally skipped = new SkippedRows.Tally();
        java.util.Map<java.util.UUID, Integer> seenRows = new java.util.HashMap<>();
        List<LedgerKind.Stored<R>> chunk = new ArrayList<>();
        int accepted = 0;
        java.util.Iterator<LedgerInput.Line> lines = java.util.stream.Stream.concat(head.stream(),
                java.util.stream.StreamSupport.stream(java.util.Spliterators.spliteratorUnknownSize(input, 0), false)).iterator();
        while (lines.hasNext()) {
            LedgerInput.Line line = lines.next();
            if (line.number() < header.row()) {
                skipped.add(line.number(), "title");
                continue;
            }
            if (line.number() == header.row()) {
                continue;
            }
            LedgerTable.Line read = LedgerTable.line(header, line.number(), line.cells());
            if (read instanceof LedgerTable.Line.Skip skip) {
                skipped.add(skip.skipped().number(), skip.skipped().reason());
                continue;
            }
            LedgerTable.Row row = ((LedgerTable.Line.Data) read).row();
            RowResult<R> result = formulaProblems(row, header, line).<RowResult<R>>map(p -> new RowResult.Rejected<>(row.number(), p))
                    .orElseGet(() -> reader.read(row));
            if (result instanceof RowResult.Accepted<R> a) {
                java.util.UUID key = java.util.UUID.nameUUIDFromBytes(String.join("\u0001", row.cells().values())
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
                Integer first = seenRows.putIfAbsent(key, row.number());
                if (first != null) {
                    result = new RowResult.Rejected<>(row.number(), List.of(new CellProblem("", AppMessages.of("ledger.duplicateRow", first))));
                }
            }
            if (result instanceof RowResult.Rejected<R> rejected) {
                String raw = String.join(",", line.cells());
                for (CellProblem p : rejected.problems()) {
                    rejections.add(new Rejection(row.number(), p.column(), p.reason().text(), raw));
                }
            } else if (result instanceof RowResult.Accepted<R> a) {
                accepted++;
                if (!options.dryRun()) {
                    chunk.add(new LedgerKind.Stored<>(batch, a.row(), a.record()));
                    if (chunk.size() >= CHUNK) {
                        kind.save(batch, chunk);
                        chunk.clear();
                    }
                }
            }
        }
        List<String> ignored = header.unknown().stream()
                .map(h -> kind.personalDataHeaders().contains(h.toLowerCase(Locale.ROOT)) ? h + " (personal data, not read)" : h)
                .toList();
        if (options.dryRun()) {
            return new ImportReport(kind.code(), fileName, sha256, input.encoding(), header.row(), Optional.empty(), true, accepted,
                    rejections, skipped.result(), ignored, replaced, 0);
        }
        if (!chunk.isEmpty()) {
            kind.save(batch, chunk);
        }
        int rejectedRows = (int) rejections.stream().map(Rejection::row).distinct().count();
        batches.counts(batch, accepted, rejectedRows, (int) skipped.rows());
        batches.saveRejections(batch, rejections);
        List<ComputedFact> computed = kind.figures(context);
        facts.putComputed(computed, options.by());
        return new ImportReport(kind.code(), fileName, sha256, input.encoding(), header.row(), Optional.of(batch), false, accepted,
                rejections, skipped.result(), ignored, replaced, computed.size());
    }

    /** Problems for the cells of a row that held formulas: a formula is not a value anyone entered. */
    private static Optional<List<CellProblem>> formulaProblems(LedgerTable.Row row, LedgerTable.Header header, LedgerInput.Line line) {
        if (line.formulas().isEmpty()) {
            return Optional.empty();
        }
        List<CellProblem> problems = new ArrayList<>();
        header.columns().forEach((index, column) -> {
            if (line.formulas().contains(index)) {
                problems.add(new CellProblem(column.code(), AppMessages.of("xlsx.formula",
                        org.apache.poi.ss.util.CellReference.convertNumToColString(index) + row.number())));
            }
        });
        return problems.isEmpty() ? Optional.empty() : Optional.of(problems);
    }

    /** The XLSX template of a ledger kind: headers with comments, drop-down lists, an example, the rules. */
    public byte[] template(String kind) {
        return template(kind(kind));
    }

    private static <R> byte[] template(LedgerKind<R> kind) {
        return org.esgledger.app.ledger.internal.LedgerWorkbook.write(kind, List.of());
    }

    /** The active records of a ledger kind in its XLSX template: export → import gives the same records. */
    @Transactional(readOnly = true)
    public byte[] exportWorkbook(String kind) {
        return exportWorkbook(kind(kind));
    }

    private static <R> byte[] exportWorkbook(LedgerKind<R> kind) {
        return org.esgledger.app.ledger.internal.LedgerWorkbook.write(kind,
                kind.active().stream().map(LedgerKind.Stored::record).toList());
    }

    private LedgerKind.Context context() {
        return new LedgerKind.Context(organisation.tree(), catalogue.dimensions(), catalogue.units(),
                catalogue.indicators().stream().collect(Collectors.toMap(Indicator::code, Indicator::unit)),
                new org.esgledger.engine.ledger.Plausibility(settings.plausibleMax()));
    }
}
