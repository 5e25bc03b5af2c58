package org.esgledger.app.workspace.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.esgledger.app.workspace.PrivateFiles;

/**
 * Who may connect to the embedded server, settled in the data directory before each start of the
 * postmaster, so that no server of esg ever accepts a connection without a password.
 *
 * <p>{@code pg_hba.conf} is rewritten at every start: SCRAM passwords over 127.0.0.1 only, the
 * application role to its database only, no {@code trust} line and no Unix socket line (the server
 * has no socket). zonky runs {@code initdb -A trust}, and workspaces made before this check hold a
 * trusting {@code pg_hba.conf} and roles without passwords: their passwords are set in PostgreSQL's
 * single-user mode, which reads its commands from a pipe and listens on nothing, and only then is
 * the credentials file written.
 */
final class ClusterAccess {

    static final String RULES = """
            # Written by esg before every start of the server; changes here are overwritten.
            # Password (SCRAM) over 127.0.0.1 only; no trust, no Unix socket, no replication.
            # TYPE DATABASE USER ADDRESS METHOD
            host %s %s 127.0.0.1/32 scram-sha-256
            host all %s 127.0.0.1/32 scram-sha-256
            """.formatted(EmbeddedServer.DATABASE, EmbeddedServer.ROLE, EmbeddedServer.SUPERUSER);

    private final ServerCredentials credentials;

    ClusterAccess(ServerCredentials credentials) {
        this.credentials = credentials;
    }

    /** Settles access in {@code dataDirectory}; the postmaster is not running. */
    void settle(Path dataDirectory) throws IOException {
        PrivateFiles.write(dataDirectory.resolve("pg_hba.conf"), RULES);
        if (ServerCredentials.read(dataDirectory).isEmpty()) {
            setPasswords(dataDirectory);
            credentials.write(dataDirectory);
        }
    }

    /**
     * Gives the superuser and the application role their passwords, creating the role if needed.
     * Each line is one command of the single-user backend; a failing one stops it
     * ({@code exit_on_error}) without logging its text ({@code log_min_error_statement}).
     */
    private void setPasswords(Path dataDirectory) throws IOException {
        String commands = String.join("\n",
                "ALTER ROLE " + EmbeddedServer.SUPERUSER + " PASSWORD '" + credentials.superuser() + "';",
                "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + EmbeddedServer.ROLE + "') THEN CREATE ROLE "
                        + EmbeddedServer.ROLE + "; END IF; END$$;",
                "ALTER ROLE " + EmbeddedServer.ROLE + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '"
                        + credentials.application() + "';",
                "");
        List<String> command = PostgresBinaries.INSTANCE.command("postgres", "--single", "-D", dataDirectory.toString(),
                "-c", "exit_on_error=on", "-c", "log_min_error_statement=panic", "-c", "password_encryption=scram-sha-256",
                "postgres");
        Process backend = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (OutputStream in = backend.getOutputStream()) {
            in.write(commands.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(backend.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!backend.waitFor(120, TimeUnit.SECONDS)) {
                backend.destroyForcibly();
                throw new IOException("PostgreSQL single-user mode did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            backend.destroyForcibly();
            throw new IOException("interrupted while setting the server's passwords", e);
        }
        if (backend.exitValue() != 0 || output.contains("ERROR:") || output.contains("FATAL:")) {
            throw new IOException("could not set the server's passwords: " + credentials.redact(output).strip());
        }
    }
}
