package org.esgledger.app.ledger.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.audit.Area;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.ImportReport;
import org.esgledger.app.ledger.OverlapView;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.engine.fact.ComputedFact;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.ledger.LedgerContext;
import org.esgledger.engine.ledger.LedgerTable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One import of a ledger file, told as its steps: refuse a file already imported, find the header,
 * open a batch, go through the rows ({@link ImportedRows}), refuse rows that repeat a batch in force
 * unless told to add or replace, keep the counts and rejections, recompute the kind's figures, write
 * the rejection report. Runs inside the caller's transaction; everything it writes, the report file
 * included, is written before that transaction commits, and the file is removed if it rolls back.
 * A dry run takes every step but the writes, so that both give the same counts. A real import needs
 * an actor allowed to import the kind; it is recorded in the audit trail (the import, each batch it
 * supersedes, the figures it recomputes).
 */
@Component
public class LedgerImport {

    static final String IMPORTER_VERSION = "esg-ledger 0.1.0 / ledger-import v2";

    private final BatchStore batches;
    private final LedgerContexts contexts;
    private final Facts facts;
    private final Workspace workspace;
    private final Changes changes;
    private final Authorisation authorisation;
    private final Clock clock;

    LedgerImport(BatchStore batches, LedgerContexts contexts, Facts facts, Workspace workspace, Changes changes, Authorisation authorisation,
                 Optional<Clock> clock) {
        this.changes = changes;
        this.authorisation = authorisation;
        this.batches = batches;
        this.contexts = contexts;
        this.facts = facts;
        this.workspace = workspace;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The file as the import names it: its short name and SHA-256. */
    public record Named(String fileName, String sha256) {
    }

    public <R> ImportReport run(Ledger<R> kind, LedgerInput input, Named file, ImportOptions options) {
        if (!options.dryRun()) {
            authorisation.require(options.by(), Permission.IMPORT_LEDGER, Action.IMPORT, Area.ledger(kind.code()));
        }
        List<BatchStore.Earlier> sameFile = sameFile(kind, file, options);
        List<LedgerInput.Line> head = new ArrayList<>();
        while (head.size() < LedgerTable.HEADER_SEARCH_ROWS && input.hasNext()) {
            head.add(input.next());
        }
        LedgerTable.Header header = LedgerTable.findHeader(head.stream().map(LedgerInput.Line::cells).toList(), kind.kind().columns());
        LedgerContext context = contexts.context(kind.kind());
        long batch = options.dryRun() ? 0 : batches.create(kind.code(), file.fileName(), file.sha256(), input.encoding(),
                IMPORTER_VERSION, options.by().name(), clock.instant(), 0, 0, 0);
        ImportedRows<R> rows = new ImportedRows<>(kind, header, kind.kind().reader(header, context), activeKeys(kind, sameFile), batch,
                options.dryRun() ? chunk -> { } : chunk -> kind.save(batch, chunk));
        head.forEach(rows::line);
        input.forEachRemaining(rows::line);
        rows.flush();
        List<OverlapView> overlaps = overlaps(rows.overlaps());
        if (!options.dryRun() && options.overlap() == ImportOptions.Overlap.REFUSE && !overlaps.isEmpty()) {
            throw overlapRefused(file, overlaps.get(0));
        }
        List<Long> replaced = replaced(sameFile, overlaps, options);
        List<String> ignored = header.unknown().stream()
                .map(h -> kind.kind().personalDataHeaders().contains(h.toLowerCase(Locale.ROOT)) ? h + " (personal data, not read)" : h)
                .toList();
        int computed = options.dryRun() ? 0 : keep(kind, batch, rows, replaced, file, context, options);
        Optional<Path> report = rejectionReport(batch, file, rows, options);
        return new ImportReport(kind.code(), file.fileName(), file.sha256(), input.encoding(), header.row(),
                options.dryRun() ? Optional.empty() : Optional.of(batch), options.dryRun(), rows.accepted(), rows.rejections(),
                rows.skipped(), ignored, replaced, computed, overlaps, report);
    }

    /** An earlier import of the same file (same content or same name) still in force: refused unless replaced. */
    private List<BatchStore.Earlier> sameFile(Ledger<?> kind, Named file, ImportOptions options) {
        List<BatchStore.Earlier> earlier = batches.activeSameFile(kind.code(), file.fileName(), file.sha256());
        boolean addingAnotherVersion = options.overlap() == ImportOptions.Overlap.ADD
                && earlier.stream().noneMatch(e -> e.sha256().equals(file.sha256()));
        if (!earlier.isEmpty() && options.overlap() != ImportOptions.Overlap.REPLACE && !addingAnotherVersion) {
            BatchStore.Earlier e = earlier.get(0);
            throw new EsgException(AppMessages.of(e.sha256().equals(file.sha256()) ? "ledger.sameFile" : "ledger.sameName",
                    file.fileName(), e.id(), e.loadedAt()));
        }
        return addingAnotherVersion ? List.of() : earlier;
    }

    /** The keys of the rows in force, but those of the batches this file replaces anyway. */
    private static <R> Map<Long, Long> activeKeys(Ledger<R> kind, List<BatchStore.Earlier> replacedAnyway) {
        Set<Long> skip = new HashSet<>();
        replacedAnyway.forEach(e -> skip.add(e.id()));
        Map<Long, Long> keys = new HashMap<>();
        Function<R, List<String>> key = kind.keys();
        kind.eachActive(s -> {
            if (!skip.contains(s.batch())) {
                keys.putIfAbsent(RecordKey.of(key.apply(s.record())), s.batch());
            }
        });
        return keys;
    }

    private List<OverlapView> overlaps(List<ImportedRows.Overlap> found) {
        return found.stream().map(o -> {
            BatchStore.Earlier b = batches.batch(o.batch());
            return new OverlapView(b.id(), b.fileName(), b.loadedAt(), o.rows(), o.firstRows());
        }).toList();
    }

    private static EsgException overlapRefused(Named file, OverlapView o) {
        String rows = String.join(", ", o.firstRows().stream().map(String::valueOf).toList()) + (o.rows() > o.firstRows().size() ? " …" : "");
        return new EsgException(AppMessages.of("ledger.overlap", file.fileName(), o.rows(), rows, o.batch(), o.file(), o.loadedAt()));
    }

    private static List<Long> replaced(List<BatchStore.Earlier> sameFile, List<OverlapView> overlaps, ImportOptions options) {
        List<Long> replaced = new ArrayList<>(sameFile.stream().map(BatchStore.Earlier::id).toList());
        if (options.overlap() == ImportOptions.Overlap.REPLACE) {
            overlaps.stream().map(OverlapView::batch).filter(b -> !replaced.contains(b)).forEach(replaced::add);
        }
        return List.copyOf(replaced);
    }

    /** Supersedes what the file replaces, keeps counts and rejections, recomputes the kind's figures. */
    private int keep(Ledger<?> kind, long batch, ImportedRows<?> rows, List<Long> replaced, Named file,
                     LedgerContext context, ImportOptions options) {
        int rejected = (int) rows.rejections().stream().map(r -> r.row()).distinct().count();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.code());
        after.put("file", file.fileName());
        after.put("sha256", file.sha256());
        after.put("accepted", rows.accepted());
        after.put("rejected", rejected);
        after.put("replaces", String.join(",", replaced.stream().map(String::valueOf).toList()));
        String why = options.reason().isEmpty() ? "replaced by " + file.fileName() : options.reason();
        replaced.forEach(old -> batches.supersede(old, batch, why));
        List<ComputedFact> computed = kind.figures(context);
        facts.requireOpen(computed, options.by(), replaced.isEmpty() ? Action.IMPORT : Action.SUPERSEDE, options.restatement());
        changes.record(options.by(), Action.IMPORT, Subject.of("batch", batch), List.of(), Map.of(), after, options.restatement().reason());
        for (long old : replaced) {
            changes.record(options.by(), Action.SUPERSEDE, Subject.of("batch", old), List.of(), Map.of("in_force", true),
                    Map.of("in_force", false, "superseded_by", batch), why);
        }
        batches.counts(batch, rows.accepted(), rejected, (int) rows.skippedRows());
        batches.saveRejections(batch, rows.rejections());
        facts.putComputed(computed, options.by(), Subject.of("batch", batch), options.restatement());
        return computed.size();
    }

    /**
     * The rejection report: where the options say, else (in an import that rejected rows) into the
     * workspace's {@code rejections} folder. A dry run writes one only where told.
     */
    private Optional<Path> rejectionReport(long batch, Named file, ImportedRows<?> rows, ImportOptions options) {
        Optional<Path> target = options.rejections().or(() -> options.dryRun() || rows.rejections().isEmpty() ? Optional.empty()
                : Optional.of(workspace.directory().resolve("rejections").resolve(RejectionFile.name(batch, file.fileName()))));
        target.ifPresent(path -> {
            boolean existed = Files.exists(path);
            RejectionFile.write(path, rows.rejections());
            if (!options.dryRun() && !existed && TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(int status) {
                        if (status != STATUS_COMMITTED) {
                            try {
                                Files.deleteIfExists(path);
                            } catch (IOException ignored) {
                                // the batch it names was not kept; the file says so by its batch number
                            }
                        }
                    }
                });
            }
        });
        return target.map(Path::toAbsolutePath);
    }
}
