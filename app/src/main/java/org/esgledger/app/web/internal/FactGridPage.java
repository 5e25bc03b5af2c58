package org.esgledger.app.web.internal;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.fact.EnteredValue;
import org.esgledger.app.fact.FactEntries;
import org.esgledger.app.fact.FactGrid;
import org.esgledger.app.fact.GridRow;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.LoadRejected;
import org.esgledger.app.intake.Problem;
import org.esgledger.app.readiness.Readiness;
import org.esgledger.app.review.ReviewQueue;
import org.esgledger.app.user.SignedIn;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The fact grid of an entity and a fiscal year (docs/web.md): the rows {@link FactGrid} gives the user (indicators in their
 * scope, the prior year beside), one row at a time in edit mode. With htmx the row's edit form is fetched and posted alone
 * (only the row is swapped); without script the same links and forms reload the page. Entry goes through {@link FactEntries},
 * which checks and records it; a value's problems are shown at its cells, in the user's language.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FactGridPage {

    static final String HTMX = "HX-Request";

    private final FactGrid grid;
    private final FactEntries entries;
    private final Evidence evidence;
    private final ReviewQueue queue;
    private final Readiness readiness;

    FactGridPage(FactGrid grid, FactEntries entries, Evidence evidence, ReviewQueue queue, Readiness readiness) {
        this.grid = grid;
        this.entries = entries;
        this.evidence = evidence;
        this.queue = queue;
        this.readiness = readiness;
    }

    /** Where a grid is: entity, year and the indicator search. */
    record Place(String entity, int year, String q) {

        public String url(String editing) {
            UriComponentsBuilder b = UriComponentsBuilder.fromPath("/facts").queryParam("entity", entity).queryParam("year", year);
            if (!q.isEmpty()) {
                b.queryParam("q", q);
            }
            if (!editing.isEmpty()) {
                b.queryParam("edit", editing);
            }
            return b.encode().build().toUriString() + (editing.isEmpty() ? "" : "#row-" + editing);
        }
    }

    @GetMapping("/facts")
    String facts(@RequestParam Optional<String> entity, @RequestParam Optional<Integer> year, @RequestParam(defaultValue = "") String q,
                 @RequestParam(defaultValue = "") String edit, HttpServletRequest request, Model model) {
        Actor by = actor(request);
        List<ReportingEntity> readable = grid.entities(by);
        Optional<String> chosen = entity.filter(e -> !e.isBlank()).or(() -> readable.stream().findFirst().map(ReportingEntity::code));
        int y = year.filter(v -> v >= DashboardPage.FIRST_YEAR && v <= DashboardPage.LAST_YEAR)
                .orElseGet(() -> readiness.latestYear().orElse(Year.now().getValue() - 1));
        if (chosen.isEmpty()) {
            page(by, readable, y, search(q), model);
            model.addAttribute("rows", List.of());
            return "facts";
        }
        Place place = new Place(chosen.get(), y, search(q));
        rows(by, place, edit, model);
        return "facts";
    }

    private void page(Actor by, List<ReportingEntity> readable, int year, String q, Model model) {
        model.addAttribute("entities", readable);
        model.addAttribute("fy", String.valueOf(year));
        model.addAttribute("firstYear", DashboardPage.FIRST_YEAR);
        model.addAttribute("lastYear", DashboardPage.LAST_YEAR);
        model.addAttribute("q", q);
        model.addAttribute("returned", queue.returned(by).size());
    }

    /** One row, in view or edit mode (htmx swaps it in place). */
    @GetMapping("/facts/row")
    String row(@RequestParam String entity, @RequestParam int year, @RequestParam String row, @RequestParam(defaultValue = "false") boolean edit,
               HttpServletRequest request, Model model) {
        Place place = new Place(entity, year, "");
        one(actor(request), place, row, edit ? row : "", model);
        return "fact-row :: row";
    }

    /** Saves one row's value: the row again (htmx) or the page (no script); the value's problems at its cells. */
    @PostMapping("/facts/row")
    String save(@RequestParam String entity, @RequestParam int year, @RequestParam String row, @RequestParam(defaultValue = "") String q,
                @RequestParam(defaultValue = "") String value, @RequestParam(defaultValue = "") String unit,
                @RequestParam(defaultValue = "") String note, @RequestHeader(name = HTMX, required = false) String htmx,
                HttpServletRequest request, Locale locale, Model model) {
        Actor by = actor(request);
        Place place = new Place(entity, year, search(q));
        GridRow r = find(grid.rows(by, entity, year), row);
        Map<String, String> problems = new LinkedHashMap<>();
        try {
            entries.enter(by, new EnteredValue(r.key().indicator(), entity, year, r.breakdown(), Codes.code(r.key().nature()), value, unit, note));
        } catch (LoadRejected e) {
            e.problems().forEach(p -> problems.merge(column(p), Texts.of(p.reason(), locale), (a, b) -> a + " " + b));
        } catch (EsgException e) {
            if (e.problem().key().startsWith("auth.")) {
                throw e;
            }
            problems.put("row", Texts.of(e.problem(), locale));
        }
        model.addAttribute("problems", problems);
        model.addAttribute("typed", Map.of("value", value, "unit", unit, "note", note));
        String editing = problems.isEmpty() ? "" : row;
        if (htmx != null) {
            one(by, place, row, editing, model);
            return "fact-row :: row";
        }
        if (problems.isEmpty()) {
            return "redirect:" + place.url("") + "#row-" + row;
        }
        rows(by, place, editing, model);
        return "facts";
    }

    private void rows(Actor by, Place place, String editing, Model model) {
        List<GridRow> rows = grid.rows(by, place.entity(), place.year()).stream().filter(r -> matches(r, place.q())).toList();
        page(by, grid.entities(by), place.year(), place.q(), model);
        common(by, place, editing, model);
        model.addAttribute("rows", rows);
        model.addAttribute("entity", place.entity());
    }

    private void one(Actor by, Place place, String row, String editing, Model model) {
        model.addAttribute("r", find(grid.rows(by, place.entity(), place.year()), row));
        common(by, place, editing, model);
    }

    private void common(Actor by, Place place, String editing, Model model) {
        model.addAttribute("place", place);
        model.addAttribute("editing", editing);
        model.addAttribute("annotations", evidence.byFact());
        model.addAttribute("mayEnter", Authorisation.whyNot(by, Permission.ENTER_FACTS, List.of(Area.entity(place.entity()))).isEmpty());
        if (!model.containsAttribute("problems")) {
            model.addAttribute("problems", Map.of());
            model.addAttribute("typed", Map.of());
        }
    }

    private static GridRow find(List<GridRow> rows, String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new EsgException(AppMessages.of("review.unknown", "fact " + id)));
    }

    private static String column(Problem p) {
        return p.column().equals("value") || p.column().equals("unit") || p.column().equals("note") ? p.column() : "row";
    }

    private static boolean matches(GridRow r, String q) {
        String s = q.toLowerCase(Locale.ROOT);
        return s.isEmpty() || r.key().indicator().toLowerCase(Locale.ROOT).contains(s) || r.name().en().toLowerCase(Locale.ROOT).contains(s)
                || r.name().zh().contains(q);
    }

    /** A search as typed, at most {@link FigureExplorer#SEARCH_MAX} characters. */
    static String search(String text) {
        String s = text.strip();
        return s.length() > FigureExplorer.SEARCH_MAX ? s.substring(0, FigureExplorer.SEARCH_MAX) : s;
    }

    static Actor actor(HttpServletRequest request) {
        return SignedInUser.of(request).map(SignedIn::actor).orElseThrow();
    }
}
