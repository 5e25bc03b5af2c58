package org.esgledger.app.workspace.internal;

import java.io.IOException;
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
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.esgledger.app.workspace.WorkspaceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server (zonky's binaries from Maven Central) whose data directory lives in the
 * workspace. Survives being killed: a data directory whose initialisation did not finish is
 * rebuilt, and a server left running by a killed process is stopped before a new one starts.
 *
 * <p>The application connects as {@value #ROLE}, owner of database {@value #DATABASE} and not a
 * superuser.
 */
final class EmbeddedServer implements AutoCloseable {

    static final String DATABASE = "esg";
    static final String ROLE = "esg_app";
    private static final String READY_MARKER = ".esg-ready";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServer.class);

    private final WorkspaceLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedServer(WorkspaceLock lock, EmbeddedPostgres postgres) {
        this.lock = lock;
        this.postgres = postgres;
    }

    static EmbeddedServer start(Path workspace, Path dataDirectory) {
        try {
            Files.createDirectories(workspace);
        } catch (IOException e) {
            throw new WorkspaceException(e, "workspace.notWritable", workspace, e.getMessage());
        }
        WorkspaceLock lock = WorkspaceLock.acquire(workspace);
        try {
            stopOrphan(dataDirectory);
            if (Files.exists(dataDirectory) && !Files.exists(dataDirectory.resolve(READY_MARKER))) {
                log.warn("Data directory {} was left half-initialised; rebuilding it", dataDirectory);
                deleteTree(dataDirectory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "40")
                    .start();
            EmbeddedServer server = new EmbeddedServer(lock, postgres);
            server.prepareDatabase(dataDirectory);
            return server;
        } catch (IOException | SQLException | RuntimeException e) {
            lock.close();
            if (e instanceof WorkspaceException w) {
                throw w;
            }
            throw new WorkspaceException(e, "workspace.serverFailed", dataDirectory, String.valueOf(e.getMessage()));
        }
    }

    /** Creates the application role and database once; only then is the data directory marked ready. */
    private void prepareDatabase(Path dataDirectory) throws SQLException, IOException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + ROLE + "'")) {
                s.execute("create role " + ROLE + " login nosuperuser nocreatedb nocreaterole");
            }
            if (!exists(s, "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                s.execute("create database " + DATABASE + " owner " + ROLE + " encoding 'UTF8' template template0");
            }
        }
        Path marker = dataDirectory.resolve(READY_MARKER);
        if (!Files.exists(marker)) {
            Files.writeString(marker, "initialised by esg\n");
        }
    }

    private static boolean exists(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            return rs.next();
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /**
     * A postmaster.pid whose process still runs means an earlier esg process was killed before it
     * could stop its server; we hold the workspace lock, so nobody else is using it.
     */
    private static void stopOrphan(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan;
        try {
            List<String> lines = Files.readAllLines(pidFile);
            orphan = lines.isEmpty() ? Optional.empty() : ProcessHandle.of(Long.parseLong(lines.get(0).strip()));
        } catch (IOException | NumberFormatException e) {
            orphan = Optional.empty();
        }
        orphan.filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(true))
                .ifPresent(p -> {
                    log.warn("Stopping PostgreSQL server {} left running by an earlier esg process", p.pid());
                    p.destroy();
                    try {
                        p.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        p.destroyForcibly();
                    }
                });
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL server: {}", e.getMessage());
        } finally {
            lock.close();
        }
    }
}
