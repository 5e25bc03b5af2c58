package org.esgledger.app.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.evidence.internal.CommentStore;
import org.esgledger.app.evidence.internal.ContentCopy;
import org.esgledger.app.evidence.internal.EvidenceStore;
import org.esgledger.app.evidence.internal.Linked;
import org.esgledger.app.evidence.internal.Links;
import org.esgledger.app.evidence.internal.MediaTypes;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.IoReason;
import org.esgledger.app.period.Locks;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence (ADR 0013, docs/audit.md): files attached to a stored fact, a ledger batch or a ledger row, streamed into the
 * store in chunks and hashed while they are read, never held whole; read back out verified against their SHA-256. An
 * attachment is a change like any other: who may ({@link Authorisation}: a contributor or reviewer within their scope, a
 * manager, an admin; not an auditor), one audit event, one transaction; an empty file or one over the workspace's limit is
 * refused, recorded, and leaves nothing stored.
 */
@Service
public class Evidence {

    /** The workspace_state key of the size limit, in bytes. */
    public static final String LIMIT = "evidence.maxBytes";
    /** The limit of a workspace that has not set one: 25 MiB. */
    public static final long DEFAULT_LIMIT = 25L * 1024 * 1024;
    /** The limit may be set between 1 KiB and 1 GiB. */
    public static final long LOWEST_LIMIT = 1024;
    public static final long HIGHEST_LIMIT = 1024L * 1024 * 1024;
    /** A note given with a file is at most this many characters. */
    public static final int NOTE_MAX = 2000;

    private final EvidenceStore store;
    private final CommentStore comments;
    private final Links links;
    private final Authorisation authorisation;
    private final Changes changes;
    private final Locks locks;
    private final WorkspaceStore workspace;
    private final Clock clock;

    Evidence(EvidenceStore store, CommentStore comments, Links links, Authorisation authorisation, Changes changes, Locks locks,
             WorkspaceStore workspace, Optional<Clock> clock) {
        this.store = store;
        this.comments = comments;
        this.links = links;
        this.authorisation = authorisation;
        this.changes = changes;
        this.locks = locks;
        this.workspace = workspace;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** {@code esg attach}: keeps the file, linked to what {@code on} names, with the note; one transaction, one audit event. */
    @Transactional
    public EvidenceView attach(Actor by, Reference on, Upload file, String note) {
        workspace.requireSetUp();
        Linked linked = links.require(by, Action.ATTACH, on);
        authorisation.require(by, Permission.ANNOTATE, Action.ATTACH, linked.area());
        String why = note == null ? "" : note.strip();
        if (why.length() > NOTE_MAX) {
            refuse(by, Action.ATTACH, linked.subject(), AppMessages.of("evidence.noteTooLong", String.valueOf(NOTE_MAX),
                    String.valueOf(why.length())));
        }
        long limit = limit();
        if (file.declaredSize() > limit) {
            refuse(by, Action.ATTACH, linked.subject(), tooLarge(file, limit));
        }
        long id = store.nextId();
        ContentCopy.Copied copied = copy(file, limit, id);
        if (copied.overLimit()) {
            refuse(by, Action.ATTACH, linked.subject(), tooLarge(file, limit));
        }
        if (copied.size() == 0) {
            refuse(by, Action.ATTACH, linked.subject(), AppMessages.of("evidence.empty", file.name()));
        }
        EvidenceView e = new EvidenceView(id, on, file.fileName(), MediaTypes.detect(copied.head(), file.fileName()), copied.size(),
                copied.sha256(), why, by.name(), clock.instant());
        long seq = changes.record(by, Action.ATTACH, linked.subject(), linked.entities(), Map.of(), event(e, linked), why);
        store.insert(e, seq);
        return e;
    }

    private ContentCopy.Copied copy(Upload file, long limit, long id) {
        try {
            return ContentCopy.copy(file.content(), limit, (no, bytes) -> store.chunk(id, no, bytes));
        } catch (IOException e) {
            throw new EsgException(AppMessages.of("file.unreadable", file.name(), IoReason.of(e)), e);
        }
    }

    private Map<String, Object> event(EvidenceView e, Linked linked) {
        Map<String, Object> after = new TreeMap<>(Map.of("evidence", e.id(), "file", e.fileName(), "media_type", e.mediaType(),
                "size", e.size(), "sha256", e.sha256()));
        linked.fiscalYear().filter(locks::locked).ifPresent(year -> after.put("period_locked", year));
        return after;
    }

    private static Message tooLarge(Upload file, long limit) {
        return AppMessages.of("evidence.tooLarge", file.name(), Sizes.describe(limit), String.valueOf(limit));
    }

    /**
     * {@code esg evidence get}: refused unless {@code by} may read what the file is attached to; writes the file's bytes to {@code out} one chunk at a time, hashing them; the caller keeps
     * what it wrote only when the result is {@link ReadBack#intact()}.
     */
    @Transactional(readOnly = true)
    public ReadBack read(Actor by, long id, OutputStream out) {
        EvidenceView e = store.find(id).orElseThrow(() -> new EsgException(AppMessages.of("evidence.unknownId", String.valueOf(id))));
        // the fact's entity, the batch's or row's ledger kind: read within scope (a refusal is recorded) before any byte is read
        authorisation.require(by, Permission.READ, Action.READ, areaOf(e.on()));
        MessageDigest sha = sha256();
        AtomicLong size = new AtomicLong();
        store.chunks(id, bytes -> {
            sha.update(bytes);
            size.addAndGet(bytes.length);
            try {
                out.write(bytes);
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        return new ReadBack(e, HexFormat.of().formatHex(sha.digest()), size.get());
    }

    /** What a reading of {@code on} is checked against: a fact's entity, a batch's or row's ledger kind (the workspace when it names nothing). */
    @Transactional(readOnly = true)
    public Area areaOf(Reference on) {
        return links.find(on).map(Linked::area).orElse(Area.WORKSPACE);
    }

    /** The evidence limit of this workspace, in bytes. */
    @Transactional(readOnly = true)
    public long limit() {
        return workspace.state(LIMIT).map(Long::parseLong).orElse(DEFAULT_LIMIT);
    }

    /** {@code esg evidence limit SIZE}: an admin's or a manager's setting, with a reason, recorded; between 1 KiB and 1 GiB. */
    @Transactional
    public long limit(Actor by, String size, String reason) {
        Subject subject = Subject.of("setting", LIMIT);
        if (reason == null || reason.isBlank()) {
            refuse(by, Action.SETTING, subject, AppMessages.of("evidence.limitReason"));
        }
        authorisation.require(by, Permission.CHANGE_SETTINGS, Action.SETTING, List.of());
        long bytes = Sizes.parse(size).filter(b -> b >= LOWEST_LIMIT && b <= HIGHEST_LIMIT).orElseThrow(() -> {
            Message why = AppMessages.of("evidence.limitRange", size);
            changes.refused(by.name(), Action.SETTING, subject, why);
            return new EsgException(why);
        });
        changes.record(by, Action.SETTING, subject, List.of(), Map.of("value", limit()), Map.of("value", bytes), reason.strip());
        workspace.putState(LIMIT, Long.toString(bytes));
        return bytes;
    }

    /** Every file attached, or those linked to one reference. */
    @Transactional(readOnly = true)
    public List<EvidenceView> list(Optional<Reference> on) {
        return store.list(on);
    }

    /** The comments, or those on one reference. */
    @Transactional(readOnly = true)
    public List<CommentView> comments(Optional<Reference> on) {
        return comments.list(on);
    }

    /**
     * What {@code esg explain} and the lineage page show with each stored fact: the evidence and comments on the fact and on
     * the ledger batches and rows it is computed from. Empty (and one query each) when the workspace has none.
     */
    @Transactional(readOnly = true)
    public Map<String, Annotations> byFact() {
        Map<String, List<EvidenceView>> files = store.any() ? store.byFact() : Map.of();
        Map<String, List<CommentView>> notes = comments.any() ? comments.byFact() : Map.of();
        Map<String, Annotations> out = new LinkedHashMap<>();
        TreeSet<String> facts = new TreeSet<>(files.keySet());
        facts.addAll(notes.keySet());
        facts.forEach(f -> out.put(f, new Annotations(files.getOrDefault(f, List.of()), notes.getOrDefault(f, List.of()))));
        return out;
    }

    private void refuse(Actor by, Action action, Subject subject, Message why) {
        changes.refused(by.name(), action, subject, why);
        throw new EsgException(why);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
