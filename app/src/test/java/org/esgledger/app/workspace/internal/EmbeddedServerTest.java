package org.esgledger.app.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;

import org.esgledger.app.workspace.WorkspaceException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded server survives what killed processes leave behind, and keeps a workspace to one process. */
class EmbeddedServerTest {

    @TempDir
    Path workspace;

    @Test
    void rebuildsADataDirectoryWhoseInitialisationWasInterrupted() throws Exception {
        Path data = workspace.resolve("pgdata");
        Files.createDirectories(data);
        // what an initdb killed half-way leaves: config files but no usable cluster, and no ready marker
        Files.writeString(data.resolve("postgresql.conf"), "# interrupted\n");
        Files.writeString(data.resolve("PG_VERSION"), "17\n");
        try (EmbeddedServer server = EmbeddedServer.start(workspace, data);
             Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.ROLE, server.applicationPassword());
             ResultSet rs = c.createStatement().executeQuery("select current_user, current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(EmbeddedServer.ROLE);
            assertThat(rs.getString(2)).isEqualTo(EmbeddedServer.DATABASE);
        }
        assertThat(data.resolve(".esg-ready")).exists();
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void oneProcessAtATimePerWorkspace() throws Exception {
        Path data = workspace.resolve("pgdata");
        try (EmbeddedServer first = EmbeddedServer.start(workspace, data)) {
            assertThatThrownBy(() -> EmbeddedServer.start(workspace, data))
                    .isInstanceOf(WorkspaceException.class)
                    .satisfies(e -> {
                        assertThat(((WorkspaceException) e).text().zh()).contains("正被另一个 esg 进程使用");
                        assertThat(e.getMessage()).contains("in use by another esg process");
                    });
        }
        try (EmbeddedServer again = EmbeddedServer.start(workspace, data)) {
            assertThat(again.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:");
        }
    }

    @Test
    void aServerLeftRunningByAKilledProcessIsStoppedAtTheNextStart() throws Exception {
        Path data = workspace.resolve("pgdata");
        int port;
        try (EmbeddedServer first = EmbeddedServer.start(workspace, data)) {
            port = first.port();
        }
        // what a kill -9 of esg (and of its watchdog) leaves: a postmaster running, nobody holding the lock
        Process pgCtl = new ProcessBuilder(PostgresBinaries.INSTANCE.command("pg_ctl", "-D", data.toString(), "-w", "start",
                "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=\"\""))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(pgCtl.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(pgCtl.exitValue()).isZero();
        long orphan = EmbeddedServer.postmaster(data).orElseThrow();
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (EmbeddedServer next = EmbeddedServer.start(workspace, data);
             Connection c = DriverManager.getConnection(next.jdbcUrl(), EmbeddedServer.ROLE, next.applicationPassword())) {
            assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).as("the orphan was stopped").isFalse();
            assertThat(c.isValid(5)).isTrue();
        }
    }

    @Test
    void theWatchdogStopsTheServerWhenEsgDiesWithoutStoppingIt() throws Exception {
        Path data = workspace.resolve("pgdata");
        try (EmbeddedServer server = EmbeddedServer.start(workspace, data)) {
            if (server.watchdog().isEmpty()) {
                assertThat(Files.getFileStore(data).supportsFileAttributeView("posix")).as("a watchdog on POSIX systems").isFalse();
            }
            assumeTrue(server.watchdog().isPresent(), "no watchdog on a system without POSIX file attributes");
            long postmaster = EmbeddedServer.postmaster(data).orElseThrow();
            server.watchdog().get().loseSight();
            // the postmaster is gone once onExit completes; the bound only keeps a broken build from hanging
            ProcessHandle.of(postmaster).ifPresent(p -> p.onExit().orTimeout(120, TimeUnit.SECONDS).join());
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.ROLE, server.applicationPassword()))
                    .isInstanceOf(SQLException.class);
        }
        try (EmbeddedServer again = EmbeddedServer.start(workspace, data);
             Connection c = DriverManager.getConnection(again.jdbcUrl(), EmbeddedServer.ROLE, again.applicationPassword())) {
            assertThat(c.isValid(5)).isTrue();
        }
    }
}
