package org.esgledger.app.workspace.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.app.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's binaries from Maven Central) whose data directory lives in the
 * workspace. Survives being killed: a data directory whose initialisation did not finish is
 * rebuilt, and a server left running by a killed process is stopped by a watchdog, or else before
 * a new one starts.
 *
 * <p>Other users of the machine cannot use it: it listens on 127.0.0.1 only, has no Unix socket,
 * and accepts only SCRAM passwords, random per workspace ({@link ClusterAccess},
 * {@link ServerCredentials}). The application connects as {@value #ROLE}, owner of database
 * {@value #DATABASE} and not a superuser.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String DATABASE = "esg";
    static final String ROLE = "esg_app";
    static final String SUPERUSER = "postgres";
    static final String HOST = "127.0.0.1";
    private static final String READY_MARKER = ".esg-ready";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final WorkspaceLock lock;
    private final EmbeddedPostgres postgres;
    private final ServerCredentials credentials;
    private final Optional<ServerWatchdog> watchdog;

    private EmbeddedServer(WorkspaceLock lock, EmbeddedPostgres postgres, ServerCredentials credentials,
            Optional<ServerWatchdog> watchdog) {
        this.lock = lock;
        this.postgres = postgres;
        this.credentials = credentials;
        this.watchdog = watchdog;
    }

    static EmbeddedServer start(Path workspace, Path dataDirectory) {
        try {
            PrivateFiles.folder(workspace);
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.notWritable", workspace, e.getMessage());
        }
        WorkspaceLock lock = WorkspaceLock.acquire(workspace);
        EmbeddedPostgres postgres = null;
        EmbeddedServer server = null;
        try {
            stopOrphan(dataDirectory);
            if (Files.exists(dataDirectory) && !Files.exists(dataDirectory.resolve(READY_MARKER))) {
                log.warn("Data directory {} was left half-initialised; rebuilding it", dataDirectory);
                deleteTree(dataDirectory);
            }
            ServerCredentials credentials = ServerCredentials.read(dataDirectory).orElseGet(ServerCredentials::generate);
            postgres = startPostmaster(workspace, dataDirectory, credentials);
            Optional<ServerWatchdog> watchdog = postmaster(dataDirectory).flatMap(pid -> ServerWatchdog.watch(dataDirectory, pid));
            server = new EmbeddedServer(lock, postgres, credentials, watchdog);
            server.prepareDatabase(dataDirectory);
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            if (server != null) {
                server.close();
            } else {
                if (postgres != null) {
                    closeQuietly(postgres);
                } else {
                    stopOrphan(dataDirectory); // zonky may have started the postmaster before failing
                }
                lock.close();
            }
            if (e instanceof WorkspaceException w) {
                throw w;
            }
            Throwable reason = e instanceof UncheckedIOException u ? u.getCause() : e;
            throw new WorkspaceException(e, "workspace.serverFailed", dataDirectory, String.valueOf(reason.getMessage()));
        }
    }

    /**
     * Starts the postmaster on the data directory: TCP on 127.0.0.1 only, no Unix socket, SCRAM
     * passwords, and the access rules settled before it starts ({@link ClusterAccess}).
     */
    private static EmbeddedPostgres startPostmaster(Path workspace, Path dataDirectory, ServerCredentials credentials) throws IOException {
        ClusterAccess access = new ClusterAccess(credentials);
        return PostgresBinaries.builder(workspace)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "40")
                .setServerConfig("listen_addresses", HOST)
                // no Unix socket at all; pg_ctl passes these options through a shell, which drops the quotes
                .setServerConfig("unix_socket_directories", "\"\"")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("PGHOST", HOST)
                .setConnectConfig("password", credentials.superuser())
                .setDataDirectoryCustomizer(directory -> {
                    try {
                        access.settle(directory.toPath());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .start();
    }

    /** Creates the application database once; only then is the data directory marked ready. */
    private void prepareDatabase(Path dataDirectory) throws SQLException, IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                s.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8' template template0");
            }
        }
        Path marker = dataDirectory.resolve(READY_MARKER);
        if (!Files.exists(marker)) {
            PrivateFiles.write(marker, "initialised by esg\n");
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + HOST + ":" + postgres.getPort() + "/" + DATABASE;
    }

    int port() {
        return postgres.getPort();
    }

    /** The application role's password, for the connection pool; never print it. */
    String applicationPassword() {
        return credentials.application();
    }

    /** The superuser's password; esg uses it only to create the database. */
    String superuserPassword() {
        return credentials.superuser();
    }

    Optional<ServerWatchdog> watchdog() {
        return watchdog;
    }

    /**
     * A postmaster.pid whose process still runs means an earlier esg process was killed before it
     * could stop its server; we hold the workspace lock, so nobody else is using it.
     */
    private static void stopOrphan(Path dataDirectory) {
        postmaster(dataDirectory).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
                .ifPresent(p -> {
                    log.warn("Stopping PostgreSQL server {} left running by an earlier esg process", p.pid());
                    p.destroy();
                    try {
                        p.onExit().get(20, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }

    /** The process number in the data directory's {@code postmaster.pid}, if there is one. */
    static Optional<Long> postmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL server: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            closeQuietly(postgres);
        } finally {
            watchdog.ifPresent(ServerWatchdog::dismiss);
            lock.close();
        }
    }
}
