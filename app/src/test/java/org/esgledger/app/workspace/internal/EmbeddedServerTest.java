package org.esgledger.app.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

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
             Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedServer.ROLE, null);
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
            assertThat(again.jdbcUrl()).startsWith("jdbc:postgresql://localhost:");
        }
    }
}
