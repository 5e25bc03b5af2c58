package org.esgledger.app.assurance.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.evidence.ReadBack;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.fact.SourceRowView;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.BatchView;
import org.esgledger.app.ledger.LedgerBatches;
import org.esgledger.engine.fact.Origin;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.stereotype.Component;

/**
 * What of the store belongs to a year's pack: the ledger rows the snapshot's computed values count (every row, fact by fact),
 * the batches those rows are in, and the evidence attached to the year's stored facts and to those batches and their rows.
 */
@Component
public class YearContents {

    /** The year's batches (in id order), how many ledger rows its computed values count, its evidence files (in id order). */
    public record Year(List<BatchView> batches, int rows, List<EvidenceView> evidence) {
    }

    private final Facts facts;
    private final Calculations calculations;
    private final LedgerBatches batches;
    private final Evidence evidence;

    YearContents(Facts facts, Calculations calculations, LedgerBatches batches, Evidence evidence) {
        this.facts = facts;
        this.calculations = calculations;
        this.batches = batches;
        this.evidence = evidence;
    }

    /** Writes the ledger rows and the batches into the pack; says what the year holds. */
    public Year of(Actor by, SnapshotView snapshot, PackZip zip) throws IOException {
        int year = snapshot.fiscalYear();
        Set<String> inSnapshot = new HashSet<>();
        calculations.values(snapshot.id()).stream().map(SnapshotValue::factId).forEach(inSnapshot::add);
        List<FactView> stored = facts.list(Optional.of(year));
        List<FactView> computed = stored.stream().filter(f -> f.origin() == Origin.COMPUTED && inSnapshot.contains(f.id())).toList();
        Set<Long> batchIds = new LinkedHashSet<>();
        AtomicInteger rows = new AtomicInteger();
        zip.write("lineage-rows-" + year + ".csv", o -> PackTables.ledgerRows(o, sink -> computed.forEach(f -> {
            List<SourceRowView> counted = facts.sourceRows(f.id(), Integer.MAX_VALUE).rows();
            counted.forEach(r -> batchIds.add(r.batch()));
            rows.addAndGet(counted.size());
            sink.fact(f.id(), f.key().toString(), counted);
        })));
        Map<Long, BatchView> byId = new TreeMap<>();
        batches.list(by).stream().filter(b -> batchIds.contains(b.id())).forEach(b -> byId.put(b.id(), b));
        List<BatchView> theirs = List.copyOf(byId.values());
        zip.write("ledger-batches-" + year + ".csv", o -> PackTables.batches(o, theirs));
        Set<String> factIds = new HashSet<>();
        stored.forEach(f -> factIds.add(f.id()));
        List<EvidenceView> files = evidence.list(Optional.empty()).stream()
                .filter(e -> belongs(e.on(), factIds, byId.keySet())).toList();
        return new Year(theirs, rows.get(), files);
    }

    private static boolean belongs(Reference on, Set<String> factIds, Set<Long> batchIds) {
        if (on instanceof Reference.Fact f) {
            return factIds.contains(f.id());
        }
        if (on instanceof Reference.Batch b) {
            return batchIds.contains(b.id());
        }
        return batchIds.contains(((Reference.Row) on).batch());
    }

    /**
     * Puts one evidence file into the pack: read out of the store into a temporary file while hashed ({@link Evidence#read},
     * which checks the reader), and copied in only when its SHA-256 and size are those recorded; else the pack is refused.
     */
    public void evidence(Actor by, EvidenceView e, PackZip zip) throws IOException {
        Path part = Files.createTempFile("esg-assurance-evidence-", ".part");
        try {
            ReadBack read;
            try (OutputStream out = Files.newOutputStream(part)) {
                read = evidence.read(by, e.id(), out);
            }
            if (!read.intact()) {
                throw new EsgException(AppMessages.of("assurance.evidenceCorrupted", String.valueOf(e.id()), e.fileName(), read.sha256(),
                        String.valueOf(read.size()), e.sha256(), String.valueOf(e.size())));
            }
            zip.copy(PackTables.entry(e), part);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
