package org.esgledger.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * An integration test on the real PostgreSQL: the embedded server of a test workspace, or the
 * external server named by {@code ESG_DB_URL} (CI runs the suite once each way).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "esg.workspace=target/test-workspaces/store")
public @interface StoreTest {
}
