package org.esgledger.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.IoReason;
import org.esgledger.engine.i18n.EsgException;

/**
 * A place the user named to write to ({@code --out}), checked before any work is done: a folder
 * for the report, a file for an export or a template. A refusal names the path and the reason.
 */
final class OutputPath {

    private OutputPath() {
    }

    /** A folder to write into: an existing folder, or one that can be created. */
    static Path folder(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            if (!Files.isWritable(absolute)) {
                throw refused("io.cannotWrite", dir, AppMessages.of("io.denied"));
            }
            return dir;
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new EsgException(AppMessages.of(Files.isRegularFile(absolute) ? "output.isFile" : "output.notRegular", dir));
        }
        creatable(dir, absolute);
        return dir;
    }

    /** A file to write: a new file in a folder that exists or can be created, or a regular file to replace. */
    static Path file(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new EsgException(AppMessages.of("output.isFolder", file));
        }
        if (Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(absolute)) {
                throw new EsgException(AppMessages.of("output.notRegular", file));
            }
            if (!Files.isWritable(absolute)) {
                throw refused("io.cannotWrite", file, AppMessages.of("io.denied"));
            }
            return file;
        }
        creatable(file, absolute);
        return file;
    }

    /** Writes a file checked by {@link #file}, creating its folders. */
    static void write(Path file, byte[] bytes) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw refused("io.cannotWrite", file, IoReason.of(e), e);
        }
    }

    /** The nearest existing folder above a path that does not exist yet must be a folder we may write in. */
    private static void creatable(Path named, Path absolute) {
        Path existing = absolute.getParent();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw refused("io.cannotWrite", named, AppMessages.of("io.parentIsFile", existing));
        }
        if (!Files.isWritable(existing)) {
            throw refused("io.cannotWrite", named, AppMessages.of("io.denied"));
        }
    }

    private static EsgException refused(String key, Path path, Object reason) {
        return new EsgException(AppMessages.of(key, path, reason));
    }

    private static EsgException refused(String key, Path path, Object reason, IOException cause) {
        return new EsgException(AppMessages.of(key, path, reason), cause);
    }
}
