package org.esgledger.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.esgledger.app.web.WebAccounts;
import org.springframework.context.annotation.Import;

/**
 * A test of the web application with MockMvc on the real PostgreSQL: the application as
 * {@code esg serve} runs it (a servlet application, with the autoconfigurations the other commands
 * leave out), in a mock servlet environment, on the workspace {@value #WORKSPACE} (its own
 * embedded server, or the external one of {@code ESG_DB_URL}). Every class with this annotation
 * shares one Spring context; it sets its workspace up with {@link TestWorkspaces#organisationOnly()}
 * or {@link TestWorkspaces#demo()}, and signs its users in with {@link WebAccounts}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {"esg.workspace=" + WebTest.WORKSPACE,
        "spring.main.web-application-type=servlet", "spring.autoconfigure.exclude="})
@AutoConfigureMockMvc
@Import({TestWorkspaces.class, WebAccounts.class})
public @interface WebTest {

    String WORKSPACE = TestWorkspaces.ROOT + "web";
}
