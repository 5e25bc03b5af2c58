package org.esgledger.app.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.ledger.internal.BatchStore;
import org.esgledger.app.ledger.internal.Ledger;
import org.esgledger.app.ledger.internal.LedgerImport;
import org.esgledger.app.ledger.internal.LedgerInput;
import org.esgledger.app.ledger.internal.LedgerKinds;
import org.esgledger.app.ledger.internal.LedgerWorkbook;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.ledger.LedgerRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operating ledgers in and out: reads a ledger file, accepts or rejects every row with its reason,
 * keeps the accepted rows as a batch with full provenance, and recomputes the facts the ledger kind
 * yields ({@link LedgerImport} tells the steps). One transaction per import: a failure or a kill
 * leaves nothing half-applied. The same mechanism serves every kind; each kind is one engine
 * {@link org.esgledger.engine.ledger.LedgerKind} and one table ({@link LedgerKinds}).
 */
@Service
public class Ledgers {

    private final LedgerKinds kinds;
    private final BatchStore batches;
    private final LedgerImport imports;
    private final WorkspaceStore workspaceStore;

    Ledgers(LedgerKinds kinds, BatchStore batches, LedgerImport imports, WorkspaceStore workspaceStore) {
        this.workspaceStore = workspaceStore;
        this.kinds = kinds;
        this.batches = batches;
        this.imports = imports;
    }

    /**
     * The ledger batches in force (not superseded), one line each: {@code id|kind|file|sha256|accepted};
     * what a calculation's fingerprint records of the ledgers.
     */
    @Transactional(readOnly = true)
    public List<String> activeBatches() {
        return batches.activeLines();
    }

    /** Per kind with batches in force: batches, accepted rows, and the rows each fiscal year's figures count. */
    @Transactional(readOnly = true)
    public List<LedgerCoverage> coverage() {
        return batches.coverage();
    }

    /** The ledger kinds that can be imported. */
    public List<String> kinds() {
        return kinds.codes();
    }

    private Ledger<?> kind(String code) {
        return kinds.ledger(code).orElseThrow(
                () -> new EsgException(AppMessages.of("ledger.unknownKind", code, String.join(", ", kinds.codes()))));
    }

    /** Whether a batch of this kind has an accepted row with this row number (what evidence and comments may be linked to). */
    @Transactional(readOnly = true)
    public boolean hasRow(String kind, long batch, int row) {
        return kinds.ledger(kind).map(l -> l.hasRow(batch, row)).orElse(false);
    }

    /** The active records of a ledger kind, in its import layout: export → import gives the same records. */
    @Transactional(readOnly = true)
    public byte[] export(String kind) {
        return export(kind(kind));
    }

    private static <R> byte[] export(Ledger<R> kind) {
        return kind.csv(kind.active().stream().map(LedgerRow::record).toList());
    }

    /** Records of a kind in its import layout, for files that are generated rather than exported (the demo's). */
    public <R> byte[] layout(String kind, List<R> records) {
        @SuppressWarnings("unchecked")
        Ledger<R> k = (Ledger<R>) kind(kind);
        return k.csv(records);
    }

    /** Imports a file held in memory (the demo's, a test's); one transaction. */
    @Transactional
    public ImportReport importFile(String kind, SourceFile file, ImportOptions options) {
        workspaceStore.requireSetUp();
        Ledger<?> k = kind(kind);
        try (LedgerInput input = LedgerInput.of(file, options.sheet())) {
            return imports.run(k, input, new LedgerImport.Named(file.shortName(), file.sha256()), options);
        }
    }

    /** Imports a file from disk, streamed, so its length is not limited by memory; one transaction. */
    @Transactional
    public ImportReport importPath(String kind, Path path, ImportOptions options) {
        workspaceStore.requireSetUp();
        Ledger<?> k = kind(kind);
        SourceFile.requireFile(path);
        // opened first: a binary or otherwise unreadable file is refused on its first bytes, before it is hashed whole
        try (LedgerInput input = LedgerInput.of(path, options.sheet())) {
            return imports.run(k, input, new LedgerImport.Named(path.getFileName().toString(), sha256(path)), options);
        }
    }

    private static String sha256(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new EsgException(AppMessages.of("file.unreadable", path, e.getMessage()), e);
        }
    }

    /** The XLSX template of a ledger kind: headers with comments, drop-down lists, an example, the rules. */
    public byte[] template(String kind) {
        return LedgerWorkbook.write(kind(kind), List.of());
    }

    /** The active records of a ledger kind in its XLSX template: export → import gives the same records. */
    @Transactional(readOnly = true)
    public byte[] exportWorkbook(String kind) {
        return exportWorkbook(kind(kind));
    }

    private static <R> byte[] exportWorkbook(Ledger<R> kind) {
        return LedgerWorkbook.write(kind, kind.active().stream().map(LedgerRow::record).toList());
    }
}
