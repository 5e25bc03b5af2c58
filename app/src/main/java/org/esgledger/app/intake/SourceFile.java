package org.esgledger.app.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;

/**
 * A file as it came in: its name as the user knows it, its bytes and their SHA-256, so every value
 * loaded from it can name the exact file version it came from.
 */
public record SourceFile(String name, byte[] bytes) {

    /** Larger files are refused before parsing: catalogue, organisation and fact files are small. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    public SourceFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    public static SourceFile of(Path path) {
        long size = requireFile(path);
        try {
            if (size > MAX_BYTES) {
                throw new EsgException(AppMessages.of("file.tooLarge", path, MAX_BYTES / (1024 * 1024)));
            }
            return new SourceFile(path.toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new EsgException(AppMessages.of("file.unreadable", path, IoReason.of(e)), e);
        }
    }

    /**
     * Checks, without opening it, that a path the user named is a regular file that can be read:
     * a folder, a device such as /dev/zero or a FIFO (which would block a reader) is refused with
     * its own message. Returns the file's size.
     */
    public static long requireFile(Path path) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new EsgException(AppMessages.of("file.missing", path), e);
        } catch (IOException e) {
            throw new EsgException(AppMessages.of("file.unreadable", path, IoReason.of(e)), e);
        }
        if (a.isDirectory()) {
            throw new EsgException(AppMessages.of("file.isDirectory", path));
        }
        if (!a.isRegularFile()) {
            throw new EsgException(AppMessages.of("file.notRegular", path));
        }
        if (!Files.isReadable(path)) {
            throw new EsgException(AppMessages.of("file.unreadable", path, AppMessages.of("io.denied")));
        }
        return a.size();
    }

    /** A file shipped in the application's resources, e.g. the demo data. */
    public static SourceFile resource(String classpath) {
        try (InputStream in = SourceFile.class.getResourceAsStream("/" + classpath)) {
            if (in == null) {
                throw new EsgException(AppMessages.of("file.missing", classpath));
            }
            return new SourceFile(classpath, in.readAllBytes());
        } catch (IOException e) {
            throw new EsgException(AppMessages.of("file.unreadable", classpath, IoReason.of(e)), e);
        }
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file name without folders, as shown in messages. */
    public String shortName() {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return slash < 0 ? name : name.substring(slash + 1);
    }
}
