package org.esgledger.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * An integration test on the real PostgreSQL: the embedded server of the shared test workspace
 * ({@link TestWorkspaces#STORE}), or the external server named by {@code ESG_DB_URL} (CI runs the
 * suite once each way). Every class with this annotation shares one Spring context; it autowires
 * {@link TestWorkspaces} to get the demo ({@link TestWorkspaces#demo()}, {@link TestWorkspaces#demoToChange()}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "esg.workspace=" + TestWorkspaces.STORE)
@Import(TestWorkspaces.class)
public @interface StoreTest {
}
