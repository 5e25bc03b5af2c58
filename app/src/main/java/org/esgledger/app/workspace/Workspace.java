package org.esgledger.app.workspace;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The folder a user works in ({@code --workspace}, default {@code ./workspace}): it holds the
 * embedded PostgreSQL data directory and, in later issues, imported files and rendered reports.
 *
 * @param externalDatabase the JDBC URL of an external PostgreSQL ({@code ESG_DB_URL}) when set; the
 *                         embedded server is not started then
 */
public record Workspace(Path directory, Optional<String> externalDatabase) {

    public Path dataDirectory() {
        return directory.resolve("pgdata");
    }

    public boolean embedded() {
        return externalDatabase.isEmpty();
    }

    /** A one-line description for summaries: where the data lives. */
    public String storeDescription() {
        return externalDatabase.map(url -> "external PostgreSQL " + Credentials.mask(url))
                .orElse("embedded PostgreSQL in " + dataDirectory());
    }
}
