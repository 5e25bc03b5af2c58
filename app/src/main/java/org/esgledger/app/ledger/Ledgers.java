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
import org.esgledger.app.ledger.internal.SheetReader;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.LedgerTable;
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

    Ledgers(List<LedgerKind<?>> kinds, BatchStore batches, Organisation organisation, Catalogue catalogue, Facts facts,
            Optional<Clock> clock) {
        kinds.forEach(k -> this.kinds.put(k.code(), k));
        this.batches = batches;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.facts = facts;
        this.clock = clock.orElse(Clock.systemUTC());
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
        return importWith(kind(kind), file, options);
    }

    private <R> ImportReport importWith(LedgerKind<R> kind, SourceFile file, ImportOptions options) {
        SheetReader.Sheet sheet = SheetReader.read(file, options.sheet());
        LedgerTable table = LedgerTable.read(sheet.rows(), kind.columns());
        LedgerKind.Context context = context();
        List<Rejection> rejections = new ArrayList<>();
        List<LedgerKind.Stored<R>> accepted = new ArrayList<>();
        for (RowResult<R> r : withoutDuplicates(withoutFormulas(kind.read(table, context), table, sheet), table)) {
            if (r instanceof RowResult.Rejected<R> rejected) {
                String raw = String.join(",", sheet.rows().get(r.row() - 1));
                for (CellProblem p : rejected.problems()) {
                    rejections.add(new Rejection(r.row(), p.column(), p.reason().text(), raw));
                }
            } else if (r instanceof RowResult.Accepted<R> a) {
                accepted.add(new LedgerKind.Stored<>(0, a.row(), a.record()));
            }
        }
        List<String> skipped = table.skipped().stream().map(s -> s.number() + ":" + s.reason()).toList();
        List<String> ignored = table.header().unknown().stream()
                .map(h -> kind.personalDataHeaders().contains(h.toLowerCase(Locale.ROOT)) ? h + " (personal data, not read)" : h)
                .toList();
        List<BatchStore.Earlier> earlier = batches.activeSameFile(kind.code(), file.shortName(), file.sha256());
        if (!earlier.isEmpty() && !options.replace()) {
            BatchStore.Earlier e = earlier.get(0);
            throw new EsgException(AppMessages.of(e.sha256().equals(file.sha256()) ? "ledger.sameFile" : "ledger.sameName",
                    file.shortName(), e.id(), e.loadedAt()));
        }
        Optional<Long> replaced = earlier.stream().findFirst().map(BatchStore.Earlier::id);
        if (options.dryRun()) {
            return new ImportReport(kind.code(), file.shortName(), file.sha256(), sheet.encoding(), table.header().row(),
                    Optional.empty(), true, accepted.size(), rejections, skipped, ignored, replaced, 0);
        }
        Instant now = clock.instant();
        int rejectedRows = (int) rejections.stream().map(Rejection::row).distinct().count();
        long batch = batches.create(kind.code(), file.shortName(), file.sha256(), sheet.encoding(), IMPORTER_VERSION,
                options.by(), now, accepted.size(), rejectedRows, skipped.size());
        for (BatchStore.Earlier e : earlier) {
            batches.supersede(e.id(), batch, "replaced by " + file.shortName());
        }
        kind.save(batch, accepted.stream().map(s -> new LedgerKind.Stored<>(batch, s.row(), s.record())).toList());
        batches.saveRejections(batch, rejections);
        List<ComputedFact> computed = kind.figures(kind.active(), context);
        facts.putComputed(computed, options.by());
        return new ImportReport(kind.code(), file.shortName(), file.sha256(), sheet.encoding(), table.header().row(),
                Optional.of(batch), false, accepted.size(), rejections, skipped, ignored, replaced, computed.size());
    }

    /**
     * A row identical, in every column read, to an earlier accepted row is rejected as a duplicate:
     * the same transfer, session or donation entered twice would otherwise be counted twice.
     */
    private static <R> List<RowResult<R>> withoutDuplicates(List<RowResult<R>> results, LedgerTable table) {
        java.util.Map<Integer, LedgerTable.Row> rows = new java.util.HashMap<>();
        table.rows().forEach(row -> rows.put(row.number(), row));
        java.util.Map<java.util.Map<String, String>, Integer> seen = new java.util.HashMap<>();
        List<RowResult<R>> out = new ArrayList<>();
        for (RowResult<R> r : results) {
            if (r instanceof RowResult.Accepted<R>) {
                Integer first = seen.putIfAbsent(rows.get(r.row()).cells(), r.row());
                if (first != null) {
                    out.add(new RowResult.Rejected<>(r.row(), List.of(new CellProblem("", AppMessages.of("ledger.duplicateRow", first)))));
                    continue;
                }
            }
            out.add(r);
        }
        return out;
    }

    /** A row whose read cells held formulas is rejected: a formula is not a value anyone entered. */
    private static <R> List<RowResult<R>> withoutFormulas(List<RowResult<R>> results, LedgerTable table, SheetReader.Sheet sheet) {
        if (sheet.formulas().isEmpty()) {
            return results;
        }
        List<RowResult<R>> out = new ArrayList<>();
        for (RowResult<R> r : results) {
            List<CellProblem> problems = new ArrayList<>();
            table.header().columns().forEach((index, column) -> {
                if (sheet.formulas().contains(r.row() + ":" + index)) {
                    problems.add(new CellProblem(column.code(), AppMessages.of("xlsx.formula",
                            org.apache.poi.ss.util.CellReference.convertNumToColString(index) + r.row())));
                }
            });
            out.add(problems.isEmpty() ? r : new RowResult.Rejected<>(r.row(), problems));
        }
        return out;
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
                catalogue.indicators().stream().collect(Collectors.toMap(Indicator::code, Indicator::unit)));
    }
}
