package org.esgledger.app.workspace.internal;

import java.nio.file.Path;
import java.util.Optional;

import com.zaxxer.hikari.HikariDataSource;
import org.esgledger.app.workspace.Credentials;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.app.workspace.WorkspaceSettings;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The store: the embedded PostgreSQL of the workspace by default, an external server when
 * {@code ESG_DB_URL} is set. One dialect, PostgreSQL, either way.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkspaceSettings.class)
class StoreConfiguration {

    @Bean
    Workspace workspace(WorkspaceSettings settings) {
        Path directory = Path.of(settings.workspace()).toAbsolutePath().normalize();
        return new Workspace(directory, settings.db().external() ? Optional.of(settings.db().url()) : Optional.empty());
    }

    @Bean(destroyMethod = "close")
    StoreEndpoint storeEndpoint(WorkspaceSettings settings, Workspace workspace) {
        if (!workspace.embedded()) {
            Credentials.remember(settings.db().url(), settings.db().password());
            return new StoreEndpoint(settings.db().url(), settings.db().user(), settings.db().password(), Optional.empty());
        }
        EmbeddedServer server = EmbeddedServer.start(workspace.directory(), workspace.dataDirectory());
        return new StoreEndpoint(server.jdbcUrl(), EmbeddedServer.ROLE, server.applicationPassword(), Optional.of(server));
    }

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(StoreEndpoint endpoint) {
        HikariDataSource ds = new HikariDataSource();
        ds.setPoolName("esg");
        ds.setMaximumPoolSize(4);
        ds.setJdbcUrl(endpoint.url());
        ds.setUsername(endpoint.user());
        ds.setPassword(endpoint.password());
        // batched inserts become multi-row inserts: ledger imports write thousands of rows per statement
        ds.addDataSourceProperty("reWriteBatchedInserts", "true");
        return ds;
    }
}
