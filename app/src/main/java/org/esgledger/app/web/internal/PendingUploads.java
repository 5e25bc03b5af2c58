package org.esgledger.app.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.audit.Subject;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded ledger files between their dry run and their confirmation (docs/web.md, ADR 0016): the bytes in
 * the workspace's {@code uploads} folder (0700, files 0600) under an unguessable id (128 random bits), what
 * is known of them in the user's session. An upload is found only by its id and SHA-256, in the session
 * that uploaded it, for the user who did, within {@link #EXPIRY}; it is deleted when confirmed or cancelled,
 * when the session ends, and once expired (swept at every upload and at start). Another user asking for a kept
 * upload by its id is refused (403) and the refusal recorded, as for any named thing of another's (docs/web.md).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class PendingUploads {

    /** How long an upload is kept for its confirmation. */
    static final Duration EXPIRY = Duration.ofMinutes(60);
    /** The largest upload: the import's own limit for a workbook on disk (XLSX; an XLS is refused above 64 MiB when read). */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final String SESSION = PendingUploads.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path folder;
    private final Clock clock;
    private final Authorisation authorisation;
    private final Changes changes;
    /** Every kept upload by id, whatever its session: to refuse (and record) another user's asking for it. */
    private final Map<String, PendingUpload> live = new ConcurrentHashMap<>();

    PendingUploads(Workspace workspace, Optional<Clock> clock, Authorisation authorisation, Changes changes) {
        this.folder = workspace.directory().resolve("uploads");
        this.clock = clock.orElse(Clock.systemUTC());
        this.authorisation = authorisation;
        this.changes = changes;
        sweep();
    }

    /** Keeps an upload: its type checked on its first bytes, copied while hashed, refused past {@link #MAX_BYTES}. */
    PendingUpload keep(HttpSession session, MultipartFile file, String kind, String user, ImportOptions.Overlap overlap, String reason) {
        sweep();
        if (file == null || file.isEmpty()) {
            throw new EsgException(AppMessages.of("ledger.uploadEmpty"));
        }
        if (file.getSize() > MAX_BYTES) {
            throw tooLarge();
        }
        String name = UploadedName.of(file.getOriginalFilename());
        String id = id();
        Path path = folder.resolve(id + ".upload");
        try (InputStream in = file.getInputStream()) {
            UploadedType.require(name, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        MessageDigest sha = sha256();
        long size;
        try (InputStream in = new DigestInputStream(file.getInputStream(), sha)) {
            PrivateFiles.folder(folder);
            long[] copied = new long[1];
            PrivateFiles.write(path, out -> copied[0] = in.transferTo(out));
            size = copied[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PendingUpload upload = new PendingUpload(id, kind, name, HexFormat.of().formatHex(sha.digest()), size, path, user, clock.instant(),
                overlap, reason == null ? "" : reason.strip());
        uploads(session).put(id, upload);
        live.put(id, upload);
        return upload;
    }

    /**
     * The upload of this id and SHA-256, kept in this session for this user and not expired. An upload kept for another
     * user or session is refused and the refusal recorded: by the import's own check when the user may not import its kind,
     * else as another's upload; an id kept nowhere is gone.
     */
    PendingUpload find(HttpSession session, String id, String sha256, Actor by) {
        PendingUpload upload = uploads(session).get(id == null ? "" : id);
        if (upload == null || !upload.user().equals(by.name())) {
            refuseAnothers(id == null ? "" : id, by);
        }
        if (upload == null || !upload.matches(id, sha256, by.name(), clock.instant().minus(EXPIRY)) || !Files.isRegularFile(upload.path())) {
            throw new EsgException(AppMessages.of("ledger.uploadGone", String.valueOf(EXPIRY.toMinutes())));
        }
        return upload;
    }

    private void refuseAnothers(String id, Actor by) {
        PendingUpload other = live.get(id);
        if (other == null || other.user().equals(by.name())) {
            return;
        }
        authorisation.require(by, Permission.IMPORT_LEDGER, Action.IMPORT, Area.ledger(other.kind()));
        EsgException refused = new EsgException(AppMessages.of("auth.anothersUpload", by.name(), other.fileName()));
        changes.refused(by.name(), Action.IMPORT, Subject.of("upload", other.fileName()), refused.problem());
        throw refused;
    }

    /** Forgets an upload and deletes its bytes. */
    void discard(HttpSession session, PendingUpload upload) {
        uploads(session).remove(upload.id());
        live.remove(upload.id());
        delete(upload.path());
    }

    static EsgException tooLarge() {
        return new EsgException(AppMessages.of("ledger.uploadTooLarge", "256 MiB", String.valueOf(MAX_BYTES)));
    }

    @EventListener
    void ended(HttpSessionDestroyedEvent event) {
        Object kept = event.getSession().getAttribute(SESSION);
        if (kept instanceof Map<?, ?> uploads) {
            uploads.values().forEach(u -> {
                live.remove(((PendingUpload) u).id());
                delete(((PendingUpload) u).path());
            });
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PendingUpload> uploads(HttpSession session) {
        synchronized (session) {
            Object kept = session.getAttribute(SESSION);
            if (kept == null) {
                kept = new ConcurrentHashMap<String, PendingUpload>();
                session.setAttribute(SESSION, kept);
            }
            return (Map<String, PendingUpload>) kept;
        }
    }

    /** Deletes uploads older than {@link #EXPIRY}, and what a stopped server left behind. */
    private void sweep() {
        Instant before = clock.instant().minus(EXPIRY);
        live.values().removeIf(u -> u.at().isBefore(before));
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                    delete(f);
                }
            }
        } catch (IOException e) {
            // an unreadable folder is swept at the next upload
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }

    private static String id() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
