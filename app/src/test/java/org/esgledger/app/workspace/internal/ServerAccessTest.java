package org.esgledger.app.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Other users of the machine cannot use a workspace's embedded server. The defect this answers: the
 * server trusted every connection, on 127.0.0.1 and on a socket in /tmp open to all, so any local
 * user could connect as the superuser and run programs as the workspace's owner with
 * {@code copy ... to program}.
 */
class ServerAccessTest {

    @TempDir
    Path workspace;

    @Test
    void anotherLocalUserCannotConnectNorRunAProgramAsTheOwner() throws Exception {
        Path data = workspace.resolve("pgdata");
        Path proof = Path.of(System.getProperty("java.io.tmpdir"), "esg-proof-" + UUID.randomUUID());
        try (EmbeddedServer server = EmbeddedServer.start(workspace, data)) {
            String url = server.jdbcUrl();
            // without the workspace's passwords nobody gets in, not even as the superuser
            for (String user : List.of(EmbeddedServer.SUPERUSER, EmbeddedServer.ROLE)) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, null)).isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(url, user, "guess")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("password authentication failed");
            }
            // no Unix socket anywhere: not in /tmp, not in the data directory
            assertThat(Path.of("/tmp/.s.PGSQL." + server.port())).doesNotExist();
            try (Stream<Path> files = Files.list(data)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".s.PGSQL"));
            }
            // even the application's own role may not run programs on the server
            try (Connection c = DriverManager.getConnection(url, EmbeddedServer.ROLE, server.applicationPassword());
                 Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.execute("copy (select 1) to program 'id > " + proof + "'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            }
            if (asAnotherUserPossible()) {
                String attack = "copy (select 1) to program 'id > " + proof + "'";
                Run tcp = runAsNobody("psql", "-w", "-h", "127.0.0.1", "-p", Integer.toString(server.port()), "-U", "postgres",
                        "-d", "esg", "-c", attack);
                assertThat(tcp.exit()).as(tcp.output()).isNotZero();
                assertThat(tcp.output()).containsAnyOf("password", "authentication");
                Run socket = runAsNobody("psql", "-w", "-h", "/tmp", "-p", Integer.toString(server.port()), "-U", "postgres",
                        "-d", "esg", "-c", attack);
                assertThat(socket.exit()).as(socket.output()).isNotZero();
                Run credentials = runAsNobody("cat", data.resolve(ServerCredentials.FILE).toString());
                assertThat(credentials.exit()).as("nobody cannot read the credentials").isNotZero();
                assertThat(credentials.output()).doesNotContain(server.superuserPassword());
            } else {
                System.out.println("Not root or no psql/runuser: the test as another OS user is left out; "
                        + "connections without the password were refused above");
            }
        } finally {
            boolean exploited = Files.deleteIfExists(proof);
            assertThat(exploited).as("a program ran on the server as the workspace's owner").isFalse();
        }
    }

    @Test
    void aWorkspaceInitialisedWithTrustIsLockedOnItsFirstStart() throws Exception {
        Path data = workspace.resolve("pgdata");
        // what esg made before: initdb -A trust, roles without passwords, the data directory marked ready
        try (EmbeddedPostgres old = PostgresBinaries.builder(workspace).setDataDirectory(data).setCleanDataDirectory(false)
                .setServerConfig("unix_socket_directories", "\"\"").start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create role esg_app login nosuperuser nocreatedb nocreaterole");
            s.execute("create database esg owner esg_app encoding 'UTF8' template template0");
            try (Connection app = old.getDatabase("esg_app", "esg").getConnection(); Statement t = app.createStatement()) {
                t.execute("create table kept (v text)");
                t.execute("insert into kept values ('from before')");
            }
        }
        Files.writeString(data.resolve(".esg-ready"), "initialised by esg\n");
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).contains("trust");

        try (EmbeddedServer server = EmbeddedServer.start(workspace, data)) {
            assertThat(Files.readAllLines(data.resolve("pg_hba.conf")).stream().filter(l -> !l.startsWith("#")))
                    .isNotEmpty().noneMatch(l -> l.contains("trust")).noneMatch(l -> l.startsWith("local"))
                    .allMatch(l -> l.isBlank() || l.endsWith("127.0.0.1/32 scram-sha-256"));
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.SUPERUSER, null))
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.ROLE, server.applicationPassword());
                 ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from before");
            }
        }
        // the passwords were set once; the next start uses the same ones
        ServerCredentials first = ServerCredentials.read(data).orElseThrow();
        try (EmbeddedServer again = EmbeddedServer.start(workspace, data)) {
            assertThat(again.applicationPassword()).isEqualTo(first.application());
        }
    }

    @Test
    void theWorkspaceAndTheServersSecretsAreTheOwnersOnly() throws Exception {
        Path fresh = workspace.resolve("new").resolve("workspace");
        Path data = fresh.resolve("pgdata");
        try (EmbeddedServer server = EmbeddedServer.start(fresh, data)) {
            Path credentials = data.resolve(ServerCredentials.FILE);
            String text = Files.readString(credentials, StandardCharsets.UTF_8);
            assertThat(text).contains(server.applicationPassword()).contains(server.superuserPassword());
            assertThat(server.applicationPassword()).isNotEqualTo(server.superuserPassword()).hasSizeGreaterThanOrEqualTo(43);
            assertThat(ServerCredentials.read(data).orElseThrow().toString()).doesNotContain(server.applicationPassword());
            if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
                assertThat(mode(fresh)).isEqualTo("rwx------");
                assertThat(mode(fresh.getParent())).isEqualTo("rwx------");
                assertThat(mode(data)).isEqualTo("rwx------");
                assertThat(mode(credentials)).isEqualTo("rw-------");
                assertThat(mode(data.resolve("pg_hba.conf"))).isEqualTo("rw-------");
                assertThat(mode(fresh.resolve(".esg.lock"))).isEqualTo("rw-------");
            }
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    private record Run(int exit, String output) {
    }

    private static boolean asAnotherUserPossible() {
        return "root".equals(System.getProperty("user.name")) && onPath("psql") && onPath("runuser");
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, program)));
    }

    private static Run runAsNobody(String... command) throws Exception {
        List<String> full = new ArrayList<>(List.of("runuser", "-u", "nobody", "--"));
        full.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true).directory(Path.of("/").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().put("HOME", "/nonexistent");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), output);
    }
}
