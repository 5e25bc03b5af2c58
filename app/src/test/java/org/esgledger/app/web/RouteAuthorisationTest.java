package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Route by route (docs/web.md, "Adding a page"): every route Spring MVC maps, and the routes of the security chain, has a row
 * in {@link #ROUTES} saying who may ask it what; a route without a row fails the build. For each row: not signed in, a page
 * leads to the sign-in page and anything else gets 401; a POST without a CSRF token is refused (403); the manager and the
 * auditor read; a contributor of entity A reads A's value and evidence and is refused B's (403, recorded); an auditor and a
 * contributor outside their scope are refused every state-changing route, and nothing is changed.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAuthorisationTest {

    /** What a route is for, which says who may ask it what. */
    enum Access {
        /** No sign-in: the sign-in pages, style sheets, htmx, the favicon, the error page. */
        OPEN,
        /** Signs in or out (changes only the session): no sign-in needed, a CSRF token always. */
        SESSION,
        /** Every signed-in user; the services show each only what they may read. */
        READ,
        /** Names one thing of an area (a value, an evidence file): refused outside the reader's scope. */
        SCOPED_READ,
        /** Changes data (a POST): a CSRF token; refused to an auditor and outside the user's scope, nothing changed. */
        WRITE
    }

    /**
     * One row: the route as Spring maps it ({@code GET /figures/{id}}; {@code *} for every method), what it is for, a request
     * on entity A's data and one on entity B's (a path with its query, a WRITE's parameters in the query), the status an
     * OPEN route answers, and whether Spring MVC maps it (false: the security chain's or a static resource's).
     */
    record Route(String route, Access access, Function<ScopedDemo, String> ofA, Function<ScopedDemo, String> ofB, int status, boolean mvc) {

        static Route open(String route, String path) {
            return new Route(route, Access.OPEN, d -> path, d -> path, 200, true);
        }

        static Route staticFile(String route, String path) {
            return new Route(route, Access.OPEN, d -> path, d -> path, 200, false);
        }

        static Route session(String route, boolean mvc) {
            return new Route(route, Access.SESSION, d -> route.split(" ")[1], d -> route.split(" ")[1], 200, mvc);
        }

        static Route read(String route, String path) {
            return new Route(route, Access.READ, d -> path, d -> path, 200, true);
        }

        static Route scoped(String route, Function<ScopedDemo, String> ofA, Function<ScopedDemo, String> ofB) {
            return new Route(route, Access.SCOPED_READ, ofA, ofB, 200, true);
        }

        static Route write(String route, Function<ScopedDemo, String> ofA, Function<ScopedDemo, String> ofB) {
            return new Route(route, Access.WRITE, ofA, ofB, 200, true);
        }

        HttpMethod method() {
            String m = route.split(" ")[0];
            return "*".equals(m) ? HttpMethod.GET : HttpMethod.valueOf(m);
        }
    }

    /** Every route, one line each: a route added without its line fails {@link #everyMappedRouteHasARow}. */
    static final List<Route> ROUTES = List.of(
            Route.open("GET /sign-in", "/sign-in"),
            Route.open("GET /first-sign-in", "/first-sign-in"),
            Route.session("POST /first-sign-in", true),
            Route.session("POST /sign-in", false),
            Route.session("POST /sign-out", false),
            new Route("* /error", Access.OPEN, d -> "/error", d -> "/error", 500, true),
            Route.staticFile("GET /css/**", "/css/web.css"),
            Route.staticFile("GET /webjars/**", "/webjars/htmx.org/dist/htmx.min.js"),
            Route.staticFile("GET /favicon.svg", "/favicon.svg"),
            Route.read("GET /", "/?year=2024"),
            Route.read("GET /figures", "/figures?year=2024"),
            Route.scoped("GET /figures/{id}", d -> "/figures/" + d.id(ScopedDemo.VALUE_A), d -> "/figures/" + d.id(ScopedDemo.VALUE_B)),
            Route.scoped("GET /evidence/{id}", d -> "/evidence/" + d.evidenceA, d -> "/evidence/" + d.evidenceB));

    @Autowired
    ApplicationContext spring;
    @Autowired
    MockMvc mvc;
    @Autowired
    Changes changes;

    private ScopedDemo demo;

    @BeforeAll
    void workspace() throws Exception {
        demo = ScopedDemo.on(spring, mvc, "routes");
    }

    @Test
    void everyMappedRouteHasARow() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : spring.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                for (String pattern : info.getPatternValues()) {
                    (methods.isEmpty() ? Set.of("*") : methods).forEach(m -> mapped.add(m + " " + pattern));
                }
            }
        }
        Set<String> rows = new TreeSet<>(ROUTES.stream().filter(Route::mvc).map(Route::route).toList());
        assertThat(mapped).as("routes Spring maps without a row in RouteAuthorisationTest.ROUTES (add one: docs/web.md)")
                .isSubsetOf(rows);
        assertThat(rows).as("rows of routes Spring no longer maps").isSubsetOf(mapped);
    }

    @TestFactory
    Stream<DynamicTest> everyRouteAsksForWhatItsRowSays() {
        return ROUTES.stream().map(r -> DynamicTest.dynamicTest(r.route() + " (" + r.access() + ")", () -> check(r)));
    }

    private void check(Route r) throws Exception {
        String a = r.ofA().apply(demo);
        String b = r.ofB().apply(demo);
        switch (r.access()) {
            case OPEN -> assertThat(ask(r, a, null, "text/html").getStatus()).isEqualTo(r.status());
            case SESSION -> {
                assertThat(send(r, a, null, false).getStatus()).as("no CSRF token, not signed in").isEqualTo(403);
                assertThat(send(r, a, demo.manager, false).getStatus()).as("no CSRF token, signed in").isEqualTo(403);
            }
            case READ -> {
                notSignedIn(r, a);
                for (MockHttpSession s : List.of(demo.manager, demo.auditor, demo.contributorA)) {
                    assertThat(ask(r, a, s, "text/html").getStatus()).isEqualTo(200);
                }
            }
            case SCOPED_READ -> {
                notSignedIn(r, a);
                notSignedIn(r, b);
                for (MockHttpSession s : List.of(demo.manager, demo.auditor)) {
                    assertThat(ask(r, a, s, "text/html").getStatus()).isEqualTo(200);
                    assertThat(ask(r, b, s, "text/html").getStatus()).isEqualTo(200);
                }
                assertThat(ask(r, a, demo.contributorA, "text/html").getStatus()).as("A's contributor reads A").isEqualTo(200);
                assertThat(ask(r, b, demo.contributorA, "text/html").getStatus()).as("A's contributor asks for B").isEqualTo(403);
                AuditEvent refusal = last(demo.prefix + ".a");
                assertThat(refusal.action()).isEqualTo("refused");
                assertThat(refusal.after()).contains("\"attempted\":\"read\"");
            }
            case WRITE -> {
                assertThat(send(r, a, null, false).getStatus()).as("no CSRF token, not signed in").isEqualTo(403);
                assertThat(send(r, a, demo.manager, false).getStatus()).as("no CSRF token").isEqualTo(403);
                refusedAndNothingChanged(r, a, demo.auditor, "an auditor");
                refusedAndNothingChanged(r, b, demo.contributorA, "A's contributor on B");
                assertThat(send(r, a, demo.manager, true).getStatus()).as("the manager").isBetween(200, 399);
            }
        }
    }

    private void notSignedIn(Route r, String path) throws Exception {
        MockHttpServletResponse page = ask(r, path, null, "text/html,application/xhtml+xml");
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).isEqualTo("/sign-in");
        assertThat(ask(r, path, null, "application/json").getStatus()).as("not a page: 401").isEqualTo(401);
        MockHttpServletResponse htmx = mvc.perform(request(r.method(), path).header("HX-Request", "true")).andReturn().getResponse();
        assertThat(htmx.getStatus()).isEqualTo(401);
        assertThat(htmx.getHeader("HX-Redirect")).isEqualTo("/sign-in");
    }

    private void refusedAndNothingChanged(Route r, String path, MockHttpSession who, String as) throws Exception {
        long before = changed();
        assertThat(send(r, path, who, true).getStatus()).as(as).isEqualTo(403);
        assertThat(changed()).as(as + ": nothing changed").isEqualTo(before);
    }

    /** Recorded changes but refusals: every change goes through Changes, so a refused request leaves this as it was. */
    private long changed() {
        return changes.events(AuditQuery.ALL).stream().filter(e -> !"refused".equals(e.action())).count();
    }

    private AuditEvent last(String actor) {
        List<AuditEvent> all = new ArrayList<>(changes.events(AuditQuery.ALL).stream().filter(e -> actor.equals(e.actor())).toList());
        return all.get(all.size() - 1);
    }

    private MockHttpServletResponse ask(Route r, String path, MockHttpSession session, String accept) throws Exception {
        MockHttpServletRequestBuilder request = request(r.method(), path).header("Accept", accept);
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse send(Route r, String path, MockHttpSession session, boolean token) throws Exception {
        MockHttpServletRequestBuilder request = request(r.method(), path).header("Accept", "text/html");
        if (session != null) {
            request.session(session);
        }
        if (token) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
