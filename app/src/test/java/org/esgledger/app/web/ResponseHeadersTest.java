package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.RequestDispatcher;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The protections every response carries, on a page, on a service's refusal and on the error page (docs/web.md, "Security
 * settings"): the Content-Security-Policy without inline script or style (and pages that need none: no inline script, no
 * event-handler attribute, no style attribute), no framing, nosniff, no caching; no stack trace, exception or SQL.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponseHeadersTest {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    WebAccounts accounts;

    private MockHttpSession session;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.organisationOnly();
        accounts.firstAdmin("headers.admin");
        accounts.withPassword("headers.reader", Role.AUDITOR);
        session = accounts.session("headers.reader", "10.60.0.1");
    }

    @Test
    void aPageARefusalAndTheErrorPageCarryTheHeadersAndNoInsides() throws Exception {
        List<RequestBuilder> requests = List.of(
                get("/").session(session),
                get("/sign-in"),
                get("/first-sign-in"),
                get("/figures").session(session),
                get("/figures/F0000000000000000").session(session),
                get("/error").session(session).accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/broken")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("select password_hash from user_credential")),
                get("/error").accept(MediaType.TEXT_HTML).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nothing"));
        for (RequestBuilder request : requests) {
            MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
            String csp = r.getHeader("Content-Security-Policy");
            assertThat(csp).as(request.buildRequest(new MockServletContext()).getRequestURI() + " " + r.getStatus()).isEqualTo(POLICY).contains("script-src 'self';").contains("style-src 'self';")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval").doesNotContain("*");
            assertThat(r.getHeader("X-Frame-Options")).isEqualTo("DENY");
            assertThat(r.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(r.getHeader("Cache-Control")).contains("no-store");
            String body = r.getContentAsString();
            assertThat(body).as("a page that needs no inline script").doesNotContainPattern(INLINE_SCRIPT).doesNotContainPattern(HANDLER)
                    .doesNotContain(" style=").doesNotContain("Exception").doesNotContain("password_hash").doesNotContain("at org.")
                    .doesNotContain("at java.");
        }
    }
}
