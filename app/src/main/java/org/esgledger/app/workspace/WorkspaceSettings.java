package org.esgledger.app.workspace;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the store: {@code esg.workspace} (the folder), and {@code esg.db.url},
 * {@code esg.db.user}, {@code esg.db.password} for an external PostgreSQL, which Spring reads from
 * the environment variables {@code ESG_DB_URL}, {@code ESG_DB_USER}, {@code ESG_DB_PASSWORD}.
 */
@ConfigurationProperties(prefix = "esg")
public record WorkspaceSettings(String workspace, Db db) {

    public WorkspaceSettings {
        workspace = workspace == null || workspace.isBlank() ? "workspace" : workspace;
        db = db == null ? new Db(null, null, null) : db;
    }

    public record Db(String url, String user, String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }

        /** Never shows the password, nor one written into the URL. */
        @Override
        public String toString() {
            return "Db[url=" + (url == null ? null : url.replaceAll("password=[^&]*", "password=***")) + ", user=" + user
                    + ", password=" + (password == null ? null : "***") + "]";
        }
    }
}
