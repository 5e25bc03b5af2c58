package org.esgledger.app.workspace.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;

import org.esgledger.app.workspace.PrivateFiles;

/**
 * The passwords of one workspace's embedded server: of the superuser {@code postgres}, which only
 * esg itself uses to create the database, and of the application role. Random, 256 bits each, kept
 * in a file of mode 0600 inside the data directory (mode 0700), never printed nor logged.
 *
 * <p>The file exists only once the server holds these passwords (see {@link ClusterAccess}).
 */
record ServerCredentials(String superuser, String application) {

    static final String FILE = "esg-credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    ServerCredentials {
        if (!safe(superuser) || !safe(application)) {
            throw new IllegalArgumentException("a server password is missing or malformed");
        }
    }

    static ServerCredentials generate() {
        return new ServerCredentials(password(), password());
    }

    /** The credentials the data directory's server holds, if it was secured. */
    static Optional<ServerCredentials> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        try {
            return Optional.of(new ServerCredentials(p.getProperty(EmbeddedServer.SUPERUSER), p.getProperty(EmbeddedServer.ROLE)));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " is damaged: " + e.getMessage());
        }
    }

    void write(Path dataDirectory) throws IOException {
        Properties p = new Properties();
        p.setProperty(EmbeddedServer.SUPERUSER, superuser);
        p.setProperty(EmbeddedServer.ROLE, application);
        StringWriter text = new StringWriter();
        p.store(text, "Passwords of this workspace's embedded PostgreSQL, written by esg. Keep this file private.");
        PrivateFiles.write(dataDirectory.resolve(FILE), text.toString());
    }

    /** Replaces the passwords in a text (a server's output) by {@code ***}. */
    String redact(String text) {
        return text.replace(superuser, "***").replace(application, "***");
    }

    @Override
    public String toString() {
        return "ServerCredentials[***]";
    }

    private static String password() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Passwords go into SQL literals and a properties file: only the URL-safe base64 alphabet. */
    private static boolean safe(String password) {
        return password != null && password.length() >= 32 && password.matches("[A-Za-z0-9_-]+");
    }
}
