package org.esgledger.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;

import org.esgledger.app.StoreTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The store is a real PostgreSQL, embedded unless ESG_DB_URL names an external one, and keeps numbers exact. */
@StoreTest
class StoreModeTest {

    @Autowired
    Workspace workspace;
    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnTheModeTheEnvironmentAsksFor() {
        String external = System.getenv("ESG_DB_URL");
        assertThat(workspace.embedded()).isEqualTo(external == null || external.isBlank());
        String version = jdbc.sql("select version()").query(String.class).single();
        assertThat(version).startsWith("PostgreSQL");
        System.out.println("Store under test: " + workspace.storeDescription() + " — " + version);
    }

    @Test
    void theEmbeddedServerLivesInTheWorkspaceAndTheAppIsNoSuperuser() {
        assumeTrue(workspace.embedded(), "an external server (ESG_DB_URL) lives outside the workspace");
        assertThat(workspace.dataDirectory()).exists().isDirectoryContaining(p -> p.getFileName().toString().equals("PG_VERSION"));
        assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()).isFalse();
    }

    @Test
    void numericValuesComeBackExactly() {
        BigDecimal tiny = new BigDecimal("0.1");
        BigDecimal sum = jdbc.sql("select ?::numeric + ?::numeric").params(tiny, new BigDecimal("0.2")).query(BigDecimal.class).single();
        assertThat(sum).isEqualTo(new BigDecimal("0.3"));
        BigDecimal big = new BigDecimal("59683228.10");
        assertThat(jdbc.sql("select ?::numeric").param(big).query(BigDecimal.class).single().toPlainString()).isEqualTo("59683228.10");
        BigDecimal precise = new BigDecimal("277.7777777777777777777777777777778");
        assertThat(jdbc.sql("select ?::numeric").param(precise).query(BigDecimal.class).single()).isEqualTo(precise);
    }
}
