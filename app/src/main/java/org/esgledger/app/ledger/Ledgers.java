package org.esgledger.app.ledger;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.ledger.internal.BatchStore;
import org.esgledger.app.ledger.internal.Ledger;
import org.esgledger.app.ledger.internal.LedgerImport;
import org.esgledger.app.ledger.internal.LedgerInput;
import org.esgledger.app.ledger.internal.LedgerKinds;
import org.esgledger.app.ledger.internal.LedgerWorkbook;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.i18n.Bilingual;
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
    private final Authorisation authorisation;

    Ledgers(LedgerKinds kinds, BatchStore batches, LedgerImport imports, WorkspaceStore workspaceStore, Authorisation authorisation) {
        this.workspaceStore = workspaceStore;
        this.authorisation = authorisation;
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

    /** The headers of a kind's columns by column code, in zh and en (what a rejection's column names). */
    public Map<String, Bilingual> headers(String kind) {
        Map<String, Bilingual> headers = new LinkedHashMap<>();
        kind(kind).kind().columns().forEach(c -> headers.put(c.code(), c.header()));
        return headers;
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
        return importPath(kind, path, path.getFileName().toString(), Optional.empty(), options);
    }

    /**
     * Imports a file kept on disk under another name (an upload the web keeps between its dry run and its
     * confirmation), streamed as {@link #importPath}; refused, with nothing written, unless its content is
     * still the one whose SHA-256 the dry run reported. Its dry run too needs a user allowed to import the
     * kind: the upload is kept in the workspace until confirmed or cancelled. One transaction.
     */
    @Transactional
    public ImportReport importUpload(String kind, Path path, String fileName, String sha256, ImportOptions options) {
        kind(kind);
        authorisation.require(options.by(), Permission.IMPORT_LEDGER, Action.IMPORT, Area.ledger(kind));
        return importPath(kind, path, fileName, Optional.of(sha256), options);
    }

    private ImportReport importPath(String kind, Path path, String fileName, Optional<String> expected, ImportOptions options) {
        workspaceStore.requireSetUp();
        Ledger<?> k = kind(kind);
        SourceFile.requireFile(path);
        // opened first: a binary or otherwise unreadable file is refused on its first bytes, before it is hashed whole
        try (LedgerInput input = LedgerInput.of(path, options.sheet())) {
            String sha256 = sha256(path);
            if (expected.isPresent() && !expected.get().equals(sha256)) {
                throw new EsgException(AppMessages.of("ledger.uploadChanged", fileName, expected.get(), sha256));
            }
            return imports.run(k, input, new LedgerImport.Named(fileName, sha256), options);
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
