package org.esgledger.app.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner may read: what esg writes into a workspace (rejections,
 * outputs, server credentials) can hold a company's figures and secrets, and other users of the
 * machine must not read them.
 *
 * <p>On POSIX file systems folders are created with mode 0700 and files with mode 0600, set at
 * creation (no moment where they are readable by others). Files are written atomically: into a
 * temporary file in the same folder, flushed to disk, then moved over the target, so a reader
 * never sees half a file and a killed process leaves the old file intact. Elsewhere (Windows) the
 * same writes happen with the file system's default permissions.
 */
public final class PrivateFiles {

    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** What to write into a file, for content produced as a stream (PDF, DOCX, large CSV). */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * Creates {@code folder} and its missing parents, each it creates with mode 0700. A folder that
     * already exists keeps its permissions: the user may have chosen them.
     *
     * @return {@code folder}
     */
    public static Path folder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return folder;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            folder(parent);
        }
        try {
            Files.createDirectory(absolute, posix(absolute.getParent()) ? folderAttribute() : new FileAttribute<?>[0]);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
        return folder;
    }

    /** Writes {@code text} in UTF-8, atomically, as a file only its owner can read. */
    public static void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes}, atomically, as a file only its owner can read. */
    public static void write(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Writes what {@code content} produces, atomically, as a file only its owner can read; missing
     * parent folders are created private. An existing file is replaced (and so gets mode 0600); if
     * {@code content} fails, the existing file is left as it was.
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = folder(target.getParent());
        boolean posix = posix(folder);
        Path temporary = posix
                ? Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Makes a file that was written elsewhere (a library's output) readable by its owner only. */
    public static void restrict(Path file) throws IOException {
        if (posix(file)) {
            Files.setPosixFilePermissions(file, OWNER_FILE);
        }
    }

    /** Whether the file system holding {@code path} has POSIX permissions (Linux, macOS). */
    public static boolean posix(Path path) {
        return (path == null ? FileSystems.getDefault() : path.getFileSystem()).supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<?>[] folderAttribute() {
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_FOLDER)};
    }
}
