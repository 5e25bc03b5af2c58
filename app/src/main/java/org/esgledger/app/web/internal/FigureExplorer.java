package org.esgledger.app.web.internal;

import java.time.Year;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.calculation.ReadableFigures;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.readiness.Readiness;
import org.esgledger.engine.fact.Period;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The figure explorer (docs/web.md): the values of a year's current snapshot, searched by indicator and
 * entity, and for one value what {@code esg explain} shows, clickable: its value and how it came about,
 * its inputs or roll-up parts (each a link to its own page), the stored fact with who entered and
 * approved it, the ledger batches and first rows it counts, its evidence and comments. Read-only; what the user may
 * read ({@link ReadableFigures}: their scope, the consolidated rule), from the services {@code esg explain} uses.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FigureExplorer {

    /** Values listed at most on one page; the search narrows them. */
    static final int LISTED = 500;
    static final int SEARCH_MAX = 100;

    private final Calculations calculations;
    private final ReadableFigures figures;
    private final StoredFacts stored;
    private final Readiness readiness;
    private final FigureNames names;

    FigureExplorer(Calculations calculations, ReadableFigures figures, StoredFacts stored, Readiness readiness, FigureNames names) {
        this.names = names;
        this.calculations = calculations;
        this.figures = figures;
        this.stored = stored;
        this.readiness = readiness;
    }

    @GetMapping("/figures")
    String figures(@RequestParam Optional<Integer> year, @RequestParam(defaultValue = "") String indicator,
                   @RequestParam(defaultValue = "") String entity, Model model, Locale locale, HttpServletRequest request) {
        Actor reader = SignedInUser.actor(request);
        int y = year.filter(v -> v >= DashboardPage.FIRST_YEAR && v <= DashboardPage.LAST_YEAR)
                .orElseGet(() -> readiness.latestYear().orElse(Year.now().getValue() - 1));
        String i = search(indicator);
        String e = search(entity);
        Optional<SnapshotView> snapshot = calculations.current(y);
        FigureNames.Page named = names.page(locale);
        List<SnapshotValue> found = snapshot.map(s -> figures.values(reader, s.id())).orElse(List.of()).stream()
                .filter(v -> named.indicatorHolds(v.indicator(), i) && named.entityHolds(v.entity(), e))
                .sorted(Comparator.comparing(SnapshotValue::key)).toList();
        model.addAttribute("year", y);
        model.addAttribute("fy", String.valueOf(y));
        model.addAttribute("firstYear", DashboardPage.FIRST_YEAR);
        model.addAttribute("lastYear", DashboardPage.LAST_YEAR);
        model.addAttribute("indicator", i);
        model.addAttribute("entity", e);
        model.addAttribute("snapshot", snapshot.orElse(null));
        model.addAttribute("found", found.size());
        model.addAttribute("values", found.subList(0, Math.min(LISTED, found.size())).stream().map(v -> new Listed(v, named.of(v.key()))).toList());
        model.addAttribute("listed", LISTED);
        model.addAttribute("partial", !ReadableFigures.readsEverything(reader));
        return "figures";
    }

    @GetMapping("/figures/{id}")
    String figure(@PathVariable String id, Model model, Locale locale, HttpServletRequest request) {
        if (!Reference.FACT_ID.matcher(id).matches()) {
            throw new EsgException(AppMessages.of("explain.malformed", id));
        }
        Actor reader = SignedInUser.actor(request);
        ReadableFigures.Lineage lineage = figures.explain(reader, id, 1);
        ExplainNode node = lineage.node();
        int year = fiscalYear(node.key());
        SnapshotView snapshot = calculations.current(year).orElseThrow();
        Map<String, SnapshotValue> values = figures.everyValue(snapshot.id()).stream()
                .collect(Collectors.toMap(SnapshotValue::factId, Function.identity()));
        SnapshotValue value = values.get(id);
        model.addAttribute("fy", String.valueOf(year));
        model.addAttribute("snapshot", snapshot);
        model.addAttribute("node", node);
        model.addAttribute("value", value);
        model.addAttribute("shown", Shown.of(value, locale));
        FigureNames.Page named = names.page(locale);
        model.addAttribute("named", named.of(node.key()));
        model.addAttribute("parts", node.children().stream().map(c -> Part.of(c, values.get(c.factId()), locale, named.of(c.key()))).toList());
        model.addAttribute("outsideScope", lineage.outsideScope());
        model.addAttribute("fact", stored.of(reader, id, year).orElse(null));
        return "figure";
    }

    /** The fiscal year of a key as {@code esg explain} writes it, {@code indicator@entity@period[breakdown]}. */
    static int fiscalYear(String key) {
        String period = key.split("@")[2];
        int bracket = period.indexOf('[');
        return Period.parse(bracket < 0 ? period : period.substring(0, bracket)).fiscalYear();
    }

    private static String search(String text) {
        String s = text.strip();
        return s.length() > SEARCH_MAX ? s.substring(0, SEARCH_MAX) : s;
    }

    /** A value of the list with its indicator's and entity's names in the page's language. */
    record Listed(SnapshotValue value, FigureNames.Named named) {
    }

    /** A value as the page shows it: disclosed with its unit and exact, or why it is not available (in the page's language). */
    record Shown(boolean available, String disclosed, String unit, String exact, String reason) {

        static Shown of(SnapshotValue v, Locale locale) {
            boolean available = v.reasonEn().isEmpty() && v.value().isPresent();
            return new Shown(available, v.disclosed(), v.unit(), v.value().map(b -> b.toPlainString()).orElse(""),
                    available ? "" : Languages.chinese(locale) ? v.reasonZh() : v.reasonEn());
        }
    }

    /**
     * An input or roll-up part of a value. {@code value} is empty for an input outside this year's snapshot
     * (a published figure, another year's value): {@code node} then says what {@code esg explain} says of it,
     * and {@code linked} whether it has a page of its own (a value of another year's snapshot).
     */
    record Part(ExplainNode node, SnapshotValue value, Shown shown, boolean linked, FigureNames.Named named) {

        static Part of(ExplainNode node, SnapshotValue value, Locale locale, FigureNames.Named named) {
            boolean inSnapshot = value != null || node.lines().stream().anyMatch(l -> "lineage.snapshot".equals(l.key()));
            return new Part(node, value, value == null ? null : Shown.of(value, locale), inSnapshot, named);
        }
    }
}
