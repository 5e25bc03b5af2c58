package org.esgledger.app.report.internal;

import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.evidence.Annotations;
import org.esgledger.app.fact.FactView;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.FactKey;
import org.esgledger.engine.fact.Provenance;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.narrative.Markup;

/**
 * The entry of one figure on the lineage page, anchored by its fact id, with what {@code esg explain} prints: the value,
 * how it came about (stored with its file and row, rolled up, derived by a formula) and the facts it was computed from,
 * each linked to its own entry; or, for an approved entry no calculation carries, its source. Then where it stands
 * (origin, status and who, a draft flagged, a difference from the published value), the PDF pages printing it, the
 * evidence and comments on it, and whether it rests on values approved by the person who entered them.
 */
public final class LineageEntries {

    private final Map<String, ExplainNode> explained;
    private final Map<String, FactView> entries;
    private final Function<String, Annotations> annotations;
    private final Function<String, SortedSet<String>> byEntrant;
    private final FigureStandings standings;
    private final FigurePlaces places;

    /**
     * @param explained   the snapshots' values explained, by fact id
     * @param entries     the printed entries no calculation carries, by fact id
     * @param annotations the evidence and comments of a stored entry, by fact id
     * @param byEntrant   the stored facts under a figure approved by the person who entered them
     */
    public LineageEntries(Map<String, ExplainNode> explained, Map<String, FactView> entries, Function<String, Annotations> annotations,
                          Function<String, SortedSet<String>> byEntrant, FigureStandings standings, FigurePlaces places) {
        this.explained = Map.copyOf(explained);
        this.entries = Map.copyOf(entries);
        this.annotations = annotations;
        this.byEntrant = byEntrant;
        this.standings = standings;
        this.places = places;
    }

    public boolean has(String factId) {
        return explained.containsKey(factId) || entries.containsKey(factId);
    }

    /** The key a figure's heading names. */
    public String key(String factId) {
        ExplainNode n = explained.get(factId);
        if (n != null) {
            return n.key();
        }
        FactKey k = entries.get(factId).key();
        return k.indicator() + "@" + k.entity() + "@" + k.period().code() + (k.breakdown().isTotal() ? "" : "[" + k.breakdown().code() + "]");
    }

    public void write(StringBuilder s, String factId) {
        s.append("<section id=\"").append(Markup.escape(factId)).append("\">");
        ExplainNode n = explained.get(factId);
        if (n != null) {
            explained(s, n);
        } else {
            entry(s, entries.get(factId));
        }
        standings.of(factId).ifPresent(st -> LineageLabels.standing(s, st));
        pages(s, factId);
        annotations(s, n != null ? n.annotations() : annotations.apply(factId));
        samePerson(s, factId, byEntrant.apply(factId));
        s.append("</section>\n");
    }

    private static void explained(StringBuilder s, ExplainNode n) {
        s.append("<h3><code>").append(Markup.escape(n.key())).append("</code> = ")
                .append(Markup.escape(n.value())).append("</h3>\n<p>").append(Markup.escape(n.how())).append("</p>\n<ul>");
        n.details().forEach(d -> s.append("<li>").append(Markup.escape(d)).append("</li>"));
        s.append("</ul>\n");
        if (!n.children().isEmpty()) {
            s.append("<p>Inputs / 输入：</p><ul>");
            for (ExplainNode c : n.children()) {
                s.append("<li><a href=\"#").append(Markup.escape(c.factId())).append("\"><code>").append(Markup.escape(c.key()))
                        .append("</code></a> = ").append(Markup.escape(c.value())).append(" (").append(Markup.escape(c.how())).append(")</li>");
            }
            s.append("</ul>\n");
        }
    }

    private void entry(StringBuilder s, FactView f) {
        FactKey k = f.key();
        Provenance p = f.provenance();
        s.append("<h3><code>").append(Markup.escape(key(f.id()))).append("</code> = ")
                .append(Markup.escape(f.plain())).append(' ').append(Markup.escape(f.unitCode())).append("</h3>\n<p>approved entry (")
                .append(Markup.escape(Codes.code(k.nature()))).append(")</p>\n<ul><li>fact ").append(f.id()).append("</li><li>")
                .append(Markup.escape(Codes.code(f.origin()))).append(", status ").append(Markup.escape(Codes.code(f.status())))
                .append("; entered by ").append(Markup.escape(p.enteredBy()))
                .append(p.approvedBy().map(by -> "; approved by " + Markup.escape(by)).orElse("")).append("</li><li>source: ")
                .append(Markup.escape(p.source())).append("</li></ul>\n");
    }

    /** The PDF pages of each edition printing the figure ({@link FigurePlaces#pages}); nothing for a figure not printed. */
    private void pages(StringBuilder s, String factId) {
        if (places.sections().getOrDefault(factId, List.of()).isEmpty()) {
            return;
        }
        s.append("<p class=\"figure-pages\"");
        for (Language l : places.paged()) {
            s.append(" data-").append(l.code()).append("=\"").append(join(places.pages(factId, l))).append('"');
        }
        s.append('>').append(Markup.escape(LineageLabels.text("report.lineage.sections")))
                .append(" <code>").append(Markup.escape(String.join(", ", places.sections().get(factId)))).append("</code>");
        for (Language l : places.paged()) {
            s.append(" · ").append(Markup.escape(LineageLabels.edition(l))).append(' ').append(join(places.pages(factId, l)));
        }
        s.append("</p>\n");
    }

    static String join(SortedSet<Integer> pages) {
        return pages.stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    /** Nothing when there are none: a report without evidence or comments has the lineage page it always had. */
    private static void annotations(StringBuilder s, Annotations a) {
        if (a.isEmpty()) {
            return;
        }
        s.append("<p>证据与评论 / Evidence and comments：</p><ul>");
        a.lines().forEach(line -> s.append("<li>").append(Markup.escape(line)).append("</li>"));
        s.append("</ul>\n");
    }

    /** The figure's own value, or values it is computed from, approved by the person who entered them: said in zh and en. */
    private static void samePerson(StringBuilder s, String id, SortedSet<String> facts) {
        if (facts.isEmpty()) {
            return;
        }
        s.append("<p class=\"same-person\">");
        if (facts.size() == 1 && facts.first().equals(id)) {
            s.append("由录入人本人批准（四眼原则已关闭） / Approved by the same person who entered it (four-eyes rule off)");
        } else {
            s.append("所依据的数值由录入人本人批准（四眼原则已关闭） / Rests on values approved by the same person who entered them ")
                    .append("(four-eyes rule off):");
            facts.forEach(f -> s.append(" <a href=\"#").append(f).append("\">").append(f).append("</a>"));
        }
        s.append("</p>\n");
    }
}
