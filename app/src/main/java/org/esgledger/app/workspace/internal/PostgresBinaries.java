package org.esgledger.app.workspace.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.esgledger.app.workspace.PrivateFiles;

/**
 * Where zonky unpacks the PostgreSQL programs, and how to run one of them.
 *
 * <p>zonky's default is {@code /tmp/embedded-pg}, which it makes writable by everyone: any local
 * user could replace the programs there and have them run as the next esg user. So the programs
 * go into a folder of the current user's cache that only its owner can enter
 * ({@code ~/.cache/esg-ledger}; in the workspace when there is no usable home, or when a folder on
 * the way belongs to someone else). zonky still makes its own sub-folder writable by everyone,
 * which is harmless inside a folder nobody else can enter.
 *
 * <p>zonky names the unpacked folder after the MD5 of the archive ({@code PG-<md5>}); this
 * resolver hands zonky the archive and remembers that name, so esg can run {@code postgres} in
 * single-user mode before zonky starts the server.
 */
final class PostgresBinaries implements PgBinaryResolver {

    static final PostgresBinaries INSTANCE = new PostgresBinaries();
    /** The system property zonky reads for its working folder, where it also clears old data folders. */
    private static final String ZONKY_WORKING_DIRECTORY = "ot.epg.working-dir";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private Path offered;
    private Path unpacked;

    private PostgresBinaries() {
    }

    /** A zonky builder whose programs live in a private folder: the user's cache, else the workspace. */
    static synchronized EmbeddedPostgres.Builder builder(Path workspace) throws IOException {
        Path root = privateRoot(workspace, userCache()).resolve("postgres");
        PrivateFiles.folder(root);
        // zonky reads its working folder from this property when a builder is made, and clears stale
        // data folders there: never /tmp/embedded-pg, which every local user can write to
        System.setProperty(ZONKY_WORKING_DIRECTORY, root.toString());
        INSTANCE.offered = root;
        return EmbeddedPostgres.builder().setOverrideWorkingDirectory(root.toFile()).setPgBinaryResolver(INSTANCE);
    }

    @Override
    public synchronized InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream archive = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware);
        if (archive == null) {
            return null;
        }
        byte[] bytes;
        try (archive) {
            bytes = archive.readAllBytes();
        }
        try {
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
            unpacked = offered.resolve("PG-" + md5);
        } catch (NoSuchAlgorithmException e) {
            throw new IOException(e);
        }
        return new ByteArrayInputStream(bytes);
    }

    /**
     * The command that runs one of the PostgreSQL programs; as root it runs in a user namespace,
     * as zonky does, since PostgreSQL refuses to run as root.
     */
    synchronized List<String> command(String program, String... arguments) throws IOException {
        if (unpacked == null) {
            throw new IOException("the PostgreSQL programs are not unpacked yet");
        }
        Path file = unpacked.resolve("bin").resolve(program + (isWindows() ? ".exe" : ""));
        if (!Files.isExecutable(file)) {
            throw new IOException("PostgreSQL program not found: " + file);
        }
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(file.toString());
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * {@code esg-ledger} in the user's cache folder when it is ours (a file we create there has the
     * same owner) and so can be made private; otherwise a folder in the workspace.
     */
    static Path privateRoot(Path workspace, Path cache) {
        if (cache != null) {
            Path root = cache.resolve("esg-ledger");
            Path probe = null;
            try {
                PrivateFiles.folder(root);
                if (!PrivateFiles.posix(root)) {
                    return root;
                }
                probe = Files.createTempFile(root, ".owner", ".tmp");
                UserPrincipal me = Files.getOwner(probe);
                if (Files.getOwner(root).equals(me) && onlyOursOrRoots(root.getParent(), me)) {
                    Files.setPosixFilePermissions(root, OWNER_ONLY);
                    return root;
                }
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // no usable home: fall back to the workspace
            } finally {
                if (probe != null) {
                    probe.toFile().delete();
                }
            }
        }
        return workspace.resolve(".esg-cache");
    }

    /**
     * Whether nobody else can rename a folder on the way to the cache (and slip other programs in):
     * each is root's or ours, and none is writable by others unless sticky (as {@code /tmp} is), nor
     * by a group other than our own user-private group. Not so when, say, esg runs as root with
     * another user's home.
     */
    private static boolean onlyOursOrRoots(Path folder, UserPrincipal me) throws IOException {
        for (Path p = folder; p != null; p = p.getParent()) {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class);
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            boolean sticky = (mode & 01000) != 0;
            boolean ours = a.owner().equals(me) || (Integer) Files.getAttribute(p, "unix:uid") == 0;
            boolean othersWrite = (mode & 0002) != 0 && !sticky;
            boolean groupWrite = (mode & 0020) != 0 && !sticky && !a.group().getName().equals(me.getName());
            if (!ours || othersWrite || groupWrite) {
                return false;
            }
        }
        return true;
    }

    private static Path userCache() {
        String home = System.getProperty("user.home");
        if (isWindows()) {
            String local = System.getenv("LOCALAPPDATA");
            return local == null || local.isBlank() ? null : Path.of(local);
        }
        if (home == null || home.isBlank() || home.equals("?")) {
            return null;
        }
        if (System.getProperty("os.name", "").startsWith("Mac")) {
            return Path.of(home, "Library", "Caches");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        return xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
