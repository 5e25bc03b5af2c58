package org.esgledger.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Passwords of the store never appear in what we print or log. */
class CredentialsTest {

    @Test
    void masksPasswordsInUrlsAndParameters() {
        assertThat(Credentials.mask("Connection to postgresql://esg:S3cret!x@db.example:5432/esg failed"))
                .isEqualTo("Connection to postgresql://esg:***@db.example:5432/esg failed");
        assertThat(Credentials.mask("jdbcUrl=jdbc:postgresql://esg:S3cret!x@db/esg?ssl=true"))
                .isEqualTo("jdbcUrl=jdbc:postgresql://esg:***@db/esg?ssl=true");
        assertThat(Credentials.mask("jdbc:postgresql://db/esg?user=esg&password=S3cret!x&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/esg?user=esg&password=***&ssl=true");
        assertThat(Credentials.mask("user=esg password=S3cret!x host=db")).isEqualTo("user=esg password=*** host=db");
        assertThat(Credentials.mask("{\"password\": \"S3cret!x\"}")).isEqualTo("{\"password\": \"***\"}");
        assertThat(Credentials.mask("postgresql://db.example:5432/esg and password authentication failed for user \"esg\""))
                .as("nothing to mask").isEqualTo("postgresql://db.example:5432/esg and password authentication failed for user \"esg\"");
    }

    @Test
    void masksTheConfiguredPasswordWhereverItAppears() {
        System.setProperty("esg.db.password", "Hunter2Hunter2");
        System.setProperty("esg.db.url", "postgresql://esg:UrlSecret99@db/esg");
        try {
            assertThat(Credentials.mask("the server said: Hunter2Hunter2 is wrong; UrlSecret99 too"))
                    .isEqualTo("the server said: *** is wrong; *** too");
        } finally {
            System.clearProperty("esg.db.password");
            System.clearProperty("esg.db.url");
        }
        Credentials.remember("jdbc:postgresql://db/esg?password=Remembered77", "FromProperties55");
        assertThat(Credentials.mask("Remembered77 and FromProperties55")).isEqualTo("*** and ***");
    }

    @Test
    void theStoreDescriptionHasNoPassword() {
        Workspace w = new Workspace(Path.of("ws"), Optional.of("postgresql://esg:S3cret!x@db/esg?password=S3cret!x"));
        assertThat(w.storeDescription()).isEqualTo("external PostgreSQL postgresql://esg:***@db/esg?password=***");
    }
}
