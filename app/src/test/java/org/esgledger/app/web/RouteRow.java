package org.esgledger.app.web;

import java.util.function.Function;

import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockMultipartFile;

/**
 * The kinds of row of {@link RouteAuthorisationTest}: what a route is for ({@link Access}), what A and B are for it
 * ({@link Reach}), a request ({@link Ask}) and a row ({@link Route}) with the constructors a row is written with.
 */
final class RouteRow {

    private RouteRow() {
    }

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
        WRITE,
        /** Names one thing of the whole group (a file of the rendered report): the manager and the auditor; refused (403, recorded) to a contributor. */
        GROUP_READ,
        /** Changes users (a POST): a CSRF token; an admin only, refused (403, recorded, nothing changed) to a manager, an auditor, a contributor. */
        ADMIN_WRITE
    }

    /** What A and B are for a route: entities (a contributor of entity A), or ledger kinds (a contributor of kind X only). */
    enum Reach {
        ENTITY,
        KIND
    }

    /** A request: a path with its query (a form's parameters in the query), and the file of a multipart form (or null). */
    record Ask(String path, MockMultipartFile file) {

        static Ask of(String path) {
            return new Ask(path, null);
        }
    }

    /**
     * One row: the route as Spring maps it ({@code GET /figures/{id}}; {@code *} for every method), what it is for, what A and B
     * are, a request on A's data and one on B's, the status a signed-in reader gets (OPEN and READ: 200, or 302 for a route that
     * redirects), whether Spring MVC maps it (false: the security chain's or a static resource's), and whether the allowed WRITE
     * records a change (false: a dry run, a cancel).
     */
    record Route(String route, Access access, Reach reach, Function<ScopedDemo, Ask> ofA, Function<ScopedDemo, Ask> ofB, int status,
                 boolean mvc, boolean records) {

        static Route open(String route, String path) {
            return new Route(route, Access.OPEN, Reach.ENTITY, d -> Ask.of(path), d -> Ask.of(path), 200, true, false);
        }

        static Route staticFile(String route, String path) {
            return new Route(route, Access.OPEN, Reach.ENTITY, d -> Ask.of(path), d -> Ask.of(path), 200, false, false);
        }

        static Route session(String route, boolean mvc) {
            Function<ScopedDemo, Ask> path = d -> Ask.of(route.split(" ")[1]);
            return new Route(route, Access.SESSION, Reach.ENTITY, path, path, 200, mvc, false);
        }

        static Route read(String route, String path) {
            return new Route(route, Access.READ, Reach.ENTITY, d -> Ask.of(path), d -> Ask.of(path), 200, true, false);
        }

        /** A READ route that answers a signed-in user by a redirect (302). */
        static Route redirect(String route, String path) {
            return new Route(route, Access.READ, Reach.ENTITY, d -> Ask.of(path), d -> Ask.of(path), 302, true, false);
        }

        static Route scoped(String route, Function<ScopedDemo, String> ofA, Function<ScopedDemo, String> ofB) {
            return new Route(route, Access.SCOPED_READ, Reach.ENTITY, asks(ofA), asks(ofB), 200, true, false);
        }

        static Route write(String route, Function<ScopedDemo, String> ofA, Function<ScopedDemo, String> ofB) {
            return new Route(route, Access.WRITE, Reach.ENTITY, asks(ofA), asks(ofB), 200, true, true);
        }

        /** One thing of the whole group, asked for by a path (the same for A and B). */
        static Route group(String route, Function<ScopedDemo, String> path) {
            return new Route(route, Access.GROUP_READ, Reach.ENTITY, asks(path), asks(path), 200, true, false);
        }

        /** A WRITE with a multipart form (a file). */
        static Route upload(String route, Function<ScopedDemo, Ask> ofA, Function<ScopedDemo, Ask> ofB) {
            return new Route(route, Access.WRITE, Reach.ENTITY, ofA, ofB, 200, true, true);
        }

        /** A WRITE only an admin may ask (the users' changes), the same request for A and B. */
        static Route admin(String route, Function<ScopedDemo, String> path) {
            return new Route(route, Access.ADMIN_WRITE, Reach.ENTITY, asks(path), asks(path), 200, true, true);
        }

        /** The same row with A and B ledger kinds (X and Y) and the contributor of kind X asking. */
        Route ofKinds() {
            return new Route(route, access, Reach.KIND, ofA, ofB, status, mvc, records);
        }

        /** The same WRITE row whose allowed request changes nothing recorded (a dry run, a cancel). */
        Route quiet() {
            return new Route(route, access, reach, ofA, ofB, status, mvc, false);
        }

        HttpMethod method() {
            String m = route.split(" ")[0];
            return "*".equals(m) ? HttpMethod.GET : HttpMethod.valueOf(m);
        }

        private static Function<ScopedDemo, Ask> asks(Function<ScopedDemo, String> path) {
            return d -> Ask.of(path.apply(d));
        }
    }
}
