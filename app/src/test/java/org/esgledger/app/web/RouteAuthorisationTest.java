package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.web.RouteRow.Access;
import org.esgledger.app.web.RouteRow.Ask;
import org.esgledger.app.web.RouteRow.Reach;
import org.esgledger.app.web.RouteRow.Route;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Route by route (docs/web.md, "Adding a page"): every route Spring MVC maps, and the routes of the security chain, has a row
 * in {@link #ROUTES} (rows of the kinds in {@link RouteRow}) saying who may ask it what; a route without a row fails the build. For each row: not signed in, a page
 * leads to the sign-in page and anything else gets 401; a POST without a CSRF token is refused (403); the manager and the
 * auditor read; a contributor of entity A (or of ledger kind X, for the ledger routes) reads A's data and is refused B's (403,
 * recorded); an auditor (on A's data), a contributor of A and a reviewer of A (on B's) are refused every state-changing route
 * (403, the refusal recorded, nothing else changed); the manager's allowed request is done. A form only an admin may use (the
 * users' changes) is refused to the manager, the auditor and a contributor (403, recorded, nothing changed) and done by an admin.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAuthorisationTest {

    static final String FY_A = "?entity=" + ScopedDemo.A + "&year=2024";
    static final String FY_B = "?entity=" + ScopedDemo.B + "&year=2024";

    /** Every route, one line each: a route added without its line fails {@link #everyMappedRouteHasARow}. */
    static final List<Route> ROUTES = List.of(
            Route.open("GET /sign-in", "/sign-in"),
            Route.open("GET /first-sign-in", "/first-sign-in"),
            Route.session("POST /first-sign-in", true),
            Route.session("POST /sign-in", false),
            Route.session("POST /sign-out", false),
            new Route("* /error", Access.OPEN, Reach.ENTITY, d -> Ask.of("/error"), d -> Ask.of("/error"), 500, true, false),
            Route.staticFile("GET /css/**", "/css/web.css"),
            Route.staticFile("GET /webjars/**", "/webjars/htmx.org/dist/htmx.min.js"),
            Route.staticFile("GET /favicon.svg", "/favicon.svg"),
            Route.read("GET /", "/?year=2024"),
            Route.read("GET /figures", "/figures?year=2024"),
            Route.scoped("GET /figures/{id}", d -> "/figures/" + d.id(ScopedDemo.VALUE_A), d -> "/figures/" + d.id(ScopedDemo.VALUE_B)),
            Route.scoped("GET /evidence/{id}", d -> "/evidence/" + d.evidenceA, d -> "/evidence/" + d.evidenceB),
            Route.read("GET /ledgers", "/ledgers"),
            Route.redirect("GET /ledgers/upload", "/ledgers/upload"),
            Route.redirect("GET /ledgers/upload/{id}/*", "/ledgers/upload/AAAAAAAAAAAAAAAAAAAAAA/confirm"),
            Route.read("GET /ledgers/templates/{kind}.xlsx", "/ledgers/templates/employees.xlsx"),
            Route.scoped("GET /ledgers/{id}", d -> "/ledgers/" + d.batchA, d -> "/ledgers/" + d.batchB).ofKinds(),
            Route.scoped("GET /ledgers/{id}/rejections.csv", d -> "/ledgers/" + d.batchA + "/rejections.csv", d -> "/ledgers/" + d.batchB + "/rejections.csv").ofKinds(),
            Route.scoped("GET /ledgers/{id}/rows.csv", d -> "/ledgers/" + d.batchA + "/rows.csv", d -> "/ledgers/" + d.batchB + "/rows.csv").ofKinds(),
            Route.scoped("GET /ledgers/{id}/rejections.xlsx", d -> "/ledgers/" + d.batchA + "/rejections.xlsx", d -> "/ledgers/" + d.batchB + "/rejections.xlsx").ofKinds(),
            Route.write("POST /ledgers/{id}/submit", d -> "/ledgers/" + d.draftBatch() + "/submit", d -> "/ledgers/" + d.draftBatch(ScopedDemo.KIND_B) + "/submit").ofKinds(),
            Route.upload("POST /ledgers/upload", d -> new Ask("/ledgers/upload?kind=" + ScopedDemo.KIND_A, d.ledgerFile(ScopedDemo.KIND_A)),
                    d -> new Ask("/ledgers/upload?kind=" + ScopedDemo.KIND_B, d.ledgerFile(ScopedDemo.KIND_B))).ofKinds().quiet(),
            Route.write("POST /ledgers/upload/{id}/confirm", d -> "/ledgers/upload/" + d.upload(ScopedDemo.KIND_A).formatted("confirm"),
                    d -> "/ledgers/upload/" + d.upload(ScopedDemo.KIND_B).formatted("confirm")).ofKinds(),
            Route.write("POST /ledgers/upload/{id}/cancel", d -> "/ledgers/upload/" + d.upload(ScopedDemo.KIND_A).formatted("cancel"),
                    d -> "/ledgers/upload/" + d.upload(ScopedDemo.KIND_B).formatted("cancel")).ofKinds().quiet(),
            Route.scoped("GET /facts", d -> "/facts" + FY_A, d -> "/facts" + FY_B),
            Route.scoped("GET /facts/row", d -> "/facts/row" + FY_A + "&edit=true&row=" + ScopedDemo.row("wastewater_generated", ScopedDemo.A),
                    d -> "/facts/row" + FY_B + "&edit=true&row=" + ScopedDemo.row("wastewater_generated", ScopedDemo.B)),
            Route.write("POST /facts/row", d -> "/facts/row" + FY_A + "&value=6&unit=&row=" + ScopedDemo.row("infosec_training_sessions", ScopedDemo.A),
                    d -> "/facts/row" + FY_B + "&value=6&unit=&row=" + ScopedDemo.row("infosec_training_sessions", ScopedDemo.B)),
            Route.write("POST /facts/submit", d -> "/facts/submit" + FY_A + "&fact=" + d.draft("volunteers", ScopedDemo.A),
                    d -> "/facts/submit" + FY_B + "&fact=" + d.draft("volunteers", ScopedDemo.B)),
            Route.write("POST /facts/comment", d -> "/facts/comment" + FY_A + "&text=checked&fact=" + d.id(ScopedDemo.VALUE_A),
                    d -> "/facts/comment" + FY_B + "&text=checked&fact=" + d.id(ScopedDemo.VALUE_B)),
            Route.upload("POST /facts/evidence", d -> new Ask("/facts/evidence" + FY_A + "&note=meter&fact=" + d.id(ScopedDemo.VALUE_A), ScopedDemo.evidenceFile()),
                    d -> new Ask("/facts/evidence" + FY_B + "&note=meter&fact=" + d.id(ScopedDemo.VALUE_B), ScopedDemo.evidenceFile())),
            Route.scoped("GET /facts/{id}", d -> "/facts/" + d.id(ScopedDemo.VALUE_A), d -> "/facts/" + d.id(ScopedDemo.VALUE_B)),
            Route.read("GET /review", "/review"),
            Route.write("POST /review/approve", d -> "/review/approve?kind=fact&id=" + d.submitted("infosec_training_coverage", ScopedDemo.A),
                    d -> "/review/approve?kind=fact&id=" + d.submitted("infosec_training_coverage", ScopedDemo.B)),
            Route.write("POST /review/reject", d -> "/review/reject?kind=fact&reason=check&id=" + d.submitted("infosec_training_participants", ScopedDemo.A),
                    d -> "/review/reject?kind=fact&reason=check&id=" + d.submitted("infosec_training_participants", ScopedDemo.B)),
            Route.read("GET /compute", "/compute?year=2024"),
            // A and B alike: computing is the manager's, whatever the scope; a new draft first (of B's: A's was submitted above), so
            // that the manager's compute makes a snapshot
            Route.write("POST /compute", d -> "/compute?year=2024&x=" + d.draft("volunteers", ScopedDemo.B), d -> "/compute?year=2024"),
            Route.write("POST /compute/freeze", d -> "/compute/freeze?year=2024&reason=assured", d -> "/compute/freeze?year=2024&reason=assured"),
            Route.read("GET /report", "/report?year=2024"),
            Route.write("POST /report", d -> "/report?year=2024" + d.template(), d -> "/report?year=2024").quiet(),
            Route.group("GET /report/files/{name}", d -> "/report/files/" + d.rendered("report-2024-zh.pdf") + "?year=2024"),
            Route.group("GET /report/view/{year}/{name}", d -> "/report/view/2024/" + d.rendered("report-2024-zh.html")),
            // the audit log and the organisation tree: the whole group's, read by the manager and the auditor; the organisation
            // changed by the manager (an upload's dry run records nothing; its confirmation loads the file, recorded)
            Route.group("GET /audit", d -> "/audit?year=2024&action=refused"),
            Route.group("GET /audit.csv", d -> "/audit.csv?action=refused"),
            Route.group("GET /audit/verify", d -> "/audit/verify"),
            Route.group("GET /admin/organisation", d -> "/admin/organisation"),
            Route.group("GET /admin/organisation.csv", d -> "/admin/organisation.csv"),
            Route.upload("POST /admin/organisation/upload", d -> new Ask("/admin/organisation/upload", d.organisationFile()),
                    d -> new Ask("/admin/organisation/upload", d.organisationFile())).quiet(),
            Route.write("POST /admin/organisation/confirm", d -> "/admin/organisation/confirm?reason=checked&sha256=" + d.organisationUpload(),
                    d -> "/admin/organisation/confirm?reason=checked&sha256=0"),
            // administration (issue 14 item 8): the users read by whoever reads the whole workspace, changed by an admin only; the
            // settings and the locks read by every signed-in user, changed by an admin or a manager (a year with no data is locked)
            Route.group("GET /admin/users", d -> "/admin/users"),
            Route.group("GET /admin/users/{name}", d -> "/admin/users/" + d.target()),
            Route.admin("POST /admin/users", d -> "/admin/users?name=" + d.prefix + ".added&display=Added&role=contributor&entities=" + ScopedDemo.A),
            Route.admin("POST /admin/users/{name}/roles", d -> "/admin/users/" + d.target() + "/roles?role=reviewer&reason=moved"),
            Route.admin("POST /admin/users/{name}/scope", d -> "/admin/users/" + d.target() + "/scope?entities=" + ScopedDemo.B),
            Route.admin("POST /admin/users/{name}/code", d -> "/admin/users/" + d.target() + "/code"),
            Route.admin("POST /admin/users/{name}/disable", d -> "/admin/users/" + d.target() + "/disable?reason=left"),
            Route.admin("POST /admin/users/{name}/enable", d -> "/admin/users/" + d.target() + "/enable?reason=back"),
            Route.read("GET /admin/settings", "/admin/settings"),
            Route.write("POST /admin/settings/four-eyes", d -> "/admin/settings/four-eyes?on=true&reason=policy", d -> "/admin/settings/four-eyes?on=true&reason=policy"),
            Route.write("POST /admin/settings/evidence-limit", d -> "/admin/settings/evidence-limit?size=30MB&reason=scans",
                    d -> "/admin/settings/evidence-limit?size=30MB&reason=scans"),
            Route.read("GET /admin/locks", "/admin/locks"),
            Route.write("POST /admin/locks", d -> "/admin/locks?year=2015&reason=published", d -> "/admin/locks?year=2015&reason=published"),
            // the assurance pack: the page for every signed-in user (it says whose the pack is), the ZIP the group's
            Route.read("GET /assurance", "/assurance?year=2024"),
            Route.group("GET /assurance/pack.zip", d -> "/assurance/pack.zip?year=2024"));

    @Autowired
    ApplicationContext spring;
    @Autowired
    MockMvc mvc;
    @Autowired
    Changes changes;

    /** What a browser asks for. */
    static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

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
        Ask a = r.ofA().apply(demo);
        Ask b = r.ofB().apply(demo);
        MockHttpSession inScope = r.reach() == Reach.KIND ? demo.kindA : demo.contributorA;
        String who = demo.prefix + (r.reach() == Reach.KIND ? ".kind" : ".a");
        switch (r.access()) {
            case OPEN -> assertThat(ask(r, a, null, "text/html", false).getStatus()).isEqualTo(r.status());
            case SESSION -> {
                assertThat(ask(r, a, null, "text/html", false).getStatus()).as("no CSRF token, not signed in").isEqualTo(403);
                assertThat(ask(r, a, demo.manager, "text/html", false).getStatus()).as("no CSRF token, signed in").isEqualTo(403);
            }
            case READ -> {
                notSignedIn(r, a);
                for (MockHttpSession s : List.of(demo.manager, demo.auditor, demo.contributorA, demo.kindA)) {
                    assertThat(ask(r, a, s, BROWSER, false).getStatus()).isEqualTo(r.status());
                }
            }
            case SCOPED_READ -> {
                notSignedIn(r, a);
                notSignedIn(r, b);
                for (MockHttpSession s : List.of(demo.manager, demo.auditor)) {
                    assertThat(ask(r, a, s, BROWSER, false).getStatus()).isEqualTo(200);
                    assertThat(ask(r, b, s, BROWSER, false).getStatus()).isEqualTo(200);
                }
                assertThat(ask(r, a, inScope, BROWSER, false).getStatus()).as("A's contributor reads A").isEqualTo(200);
                assertThat(ask(r, b, inScope, BROWSER, false).getStatus()).as("A's contributor asks for B").isEqualTo(403);
                AuditEvent refusal = last(who);
                assertThat(refusal.action()).isEqualTo("refused");
                assertThat(refusal.after()).contains("\"attempted\":\"read\"");
            }
            case GROUP_READ -> {
                notSignedIn(r, a);
                for (MockHttpSession s : List.of(demo.manager, demo.auditor)) {
                    assertThat(ask(r, a, s, BROWSER, false).getStatus()).isEqualTo(200);
                }
                for (MockHttpSession s : List.of(demo.contributorA, demo.everyEntity, demo.reviewerA)) {
                    assertThat(ask(r, a, s, BROWSER, false).getStatus()).as("a contributor or reviewer asks for the group's").isEqualTo(403);
                }
                AuditEvent refusal = last(demo.prefix + ".ra");
                assertThat(refusal.action()).isEqualTo("refused");
                assertThat(refusal.after()).contains("\"attempted\":\"read\"");
            }
            case WRITE -> {
                notSignedIn(r, a);
                long before = changed();
                assertThat(ask(r, a, null, "text/html", false).getStatus()).as("no CSRF token, not signed in").isEqualTo(403);
                assertThat(ask(r, a, demo.manager, "text/html", false).getStatus()).as("no CSRF token").isEqualTo(403);
                assertThat(changed()).as("no CSRF token: nothing changed").isEqualTo(before);
                refusedAndNothingChanged(r, a, demo.auditor, demo.prefix + ".auditor", "an auditor");
                refusedAndNothingChanged(r, b, inScope, who, "A's contributor on B");
                if (r.reach() == Reach.ENTITY) {
                    refusedAndNothingChanged(r, b, demo.reviewerA, demo.prefix + ".ra", "A's reviewer on B");
                }
                long allowed = changed();
                assertThat(ask(r, a, demo.manager, BROWSER, true).getStatus()).as("the manager").isBetween(200, 399);
                if (r.records()) {
                    assertThat(changed()).as("the manager's request is done and recorded").isGreaterThan(allowed);
                }
            }
            case ADMIN_WRITE -> {
                notSignedIn(r, a);
                long before = changed();
                assertThat(ask(r, a, demo.administrator, "text/html", false).getStatus()).as("no CSRF token").isEqualTo(403);
                assertThat(changed()).as("no CSRF token: nothing changed").isEqualTo(before);
                refusedAndNothingChanged(r, a, demo.manager, demo.prefix + ".manager", "a manager");
                refusedAndNothingChanged(r, a, demo.auditor, demo.prefix + ".auditor", "an auditor");
                refusedAndNothingChanged(r, a, demo.contributorA, demo.prefix + ".a", "a contributor");
                long allowed = changed();
                assertThat(ask(r, a, demo.administrator, BROWSER, true).getStatus()).as("an admin").isBetween(200, 399);
                assertThat(changed()).as("the admin's request is done and recorded").isGreaterThan(allowed);
            }
        }
    }

    /** Another user's kept upload, asked for by its id and SHA-256: refused (403) and recorded, even with its kind in scope. */
    @Test
    void anotherUsersUploadIsRefusedAndRecorded() throws Exception {
        Route confirm = ROUTES.stream().filter(r -> r.route().equals("POST /ledgers/upload/{id}/confirm")).findFirst().orElseThrow();
        Ask managers = confirm.ofA().apply(demo);
        long before = changed();
        MockHttpServletResponse refused = ask(confirm, managers, demo.kindA, BROWSER, true);
        assertThat(refused.getStatus()).as("a contributor of the upload's kind, not its uploader").isEqualTo(403);
        assertThat(refused.getContentAsString()).contains(demo.prefix + ".kind");
        assertThat(changed()).isEqualTo(before);
        AuditEvent refusal = last(demo.prefix + ".kind");
        assertThat(refusal.action()).isEqualTo("refused");
        assertThat(refusal.after()).contains("\"attempted\":\"import\"");
        assertThat(ask(confirm, managers, demo.manager, BROWSER, true).getStatus()).as("its uploader still confirms it").isEqualTo(302);
    }

    private void notSignedIn(Route r, Ask path) throws Exception {
        boolean token = r.access() == Access.WRITE || r.access() == Access.ADMIN_WRITE;
        MockHttpServletResponse page = ask(r, path, null, "text/html,application/xhtml+xml", token);
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).isEqualTo("/sign-in");
        assertThat(ask(r, path, null, "application/json", token).getStatus()).as("not a page: 401").isEqualTo(401);
        AbstractMockHttpServletRequestBuilder<?> htmx = builder(r, path).header("HX-Request", "true");
        if (token) {
            htmx.with(csrf());
        }
        MockHttpServletResponse response = mvc.perform(htmx).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeader("HX-Redirect")).isEqualTo("/sign-in");
    }

    private void refusedAndNothingChanged(Route r, Ask path, MockHttpSession session, String name, String as) throws Exception {
        long before = changed();
        long refusals = refusals(name);
        assertThat(ask(r, path, session, BROWSER, true).getStatus()).as(as).isEqualTo(403);
        assertThat(changed()).as(as + ": nothing changed").isEqualTo(before);
        assertThat(refusals(name)).as(as + ": the refusal recorded").isEqualTo(refusals + 1);
    }

    /** Recorded changes but refusals: every change goes through Changes, so a refused request leaves this as it was. */
    private long changed() {
        return changes.events(AuditQuery.ALL).stream().filter(e -> !"refused".equals(e.action())).count();
    }

    private long refusals(String actor) {
        return changes.events(AuditQuery.ALL).stream().filter(e -> actor.equals(e.actor()) && "refused".equals(e.action())).count();
    }

    private AuditEvent last(String actor) {
        List<AuditEvent> all = new ArrayList<>(changes.events(AuditQuery.ALL).stream().filter(e -> actor.equals(e.actor())).toList());
        return all.get(all.size() - 1);
    }

    private static AbstractMockHttpServletRequestBuilder<?> builder(Route r, Ask ask) {
        return ask.file() == null ? request(r.method(), ask.path()) : multipart(r.method(), ask.path()).file(ask.file());
    }

    private MockHttpServletResponse ask(Route r, Ask path, MockHttpSession session, String accept, boolean token) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request = builder(r, path).header("Accept", accept);
        if (session != null) {
            request.session(session);
        }
        if (token) {
            request.with(csrf());
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
