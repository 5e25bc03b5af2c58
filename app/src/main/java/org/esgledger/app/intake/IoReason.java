package org.esgledger.app.intake;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.Optional;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.Message;

/**
 * Why a file operation failed, as a short zh/en reason ("permission denied", "no space left on the
 * device"), for messages such as {@code io.cannotWrite}: "Cannot write to {0}: {1}".
 */
public final class IoReason {

    private IoReason() {
    }

    /** The reason when it is one we know, empty for any other failure. */
    public static Optional<Message> known(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Optional.of(AppMessages.of("io.denied"));
        }
        if (e instanceof NoSuchFileException) {
            return Optional.of(AppMessages.of("io.notFound"));
        }
        if (e instanceof FileAlreadyExistsException) {
            return Optional.of(AppMessages.of("io.exists"));
        }
        if (e instanceof NotDirectoryException) {
            return Optional.of(AppMessages.of("io.notDirectory"));
        }
        String text = (e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : String.valueOf(e.getMessage()))
                .toLowerCase(Locale.ROOT);
        if (text.contains("permission denied") || text.contains("operation not permitted")) {
            return Optional.of(AppMessages.of("io.denied"));
        }
        if (text.contains("no space left") || text.contains("disk quota exceeded") || text.contains("not enough space")) {
            return Optional.of(AppMessages.of("io.noSpace"));
        }
        if (text.contains("read-only file system")) {
            return Optional.of(AppMessages.of("io.readOnly"));
        }
        if (text.contains("is a directory")) {
            return Optional.of(AppMessages.of("io.isDirectory"));
        }
        if (text.contains("not a directory")) {
            return Optional.of(AppMessages.of("io.notDirectory"));
        }
        return Optional.empty();
    }

    /** The reason: a known one in zh and en, otherwise the system's own words, on one line. */
    public static Object of(IOException e) {
        return known(e).<Object>map(m -> m).orElseGet(() -> {
            // a FileSystemException's message repeats the path: its reason alone is the system's words
            String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
            return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason.replaceAll("\\s+", " ").strip();
        });
    }
}
