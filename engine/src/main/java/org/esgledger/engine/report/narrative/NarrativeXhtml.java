package org.esgledger.engine.report.narrative;

import java.util.List;
import java.util.function.Function;


/**
 * Narrative as XHTML, the subset templates are written in ({@code p ul ol li strong em b i br sub
 * sup}): text escaped, an element without content closed at once ({@code <br/>}), a figure as the
 * caller writes it (a span in print, a link to its lineage on screen), a missing figure as
 * {@code <span class="missing">}; a list of short items ({@link ShortItems}) as {@code <ul class="columns">}.
 */
public final class NarrativeXhtml {

    private NarrativeXhtml() {
    }

    /** @param figure how a figure is written */
    public static String write(Narrative narrative, Function<Inline.Figure, String> figure) {
        StringBuilder s = new StringBuilder();
        for (Flow f : narrative.flows()) {
            if (f instanceof Flow.Paragraph p) {
                element(s, "p", p.content(), figure);
            } else if (f instanceof Flow.Items list) {
                items(s, list, figure);
            } else {
                inlines(s, ((Flow.Loose) f).content(), figure);
            }
        }
        return s.toString();
    }

    /** A figure as the print edition writes it: {@code <span class="fig" data-fact="ID">text</span>}. */
    public static String span(Inline.Figure f) {
        return "<span class=\"fig\" data-fact=\"" + Markup.escape(f.factId()) + "\">" + Markup.escape(f.text()) + "</span>";
    }

    private static void items(StringBuilder s, Flow.Items list, Function<Inline.Figure, String> figure) {
        String name = list.numbered() ? "ol" : "ul";
        if (list.items().isEmpty()) {
            s.append('<').append(name).append("/>");
            return;
        }
        s.append('<').append(name).append(ShortItems.inColumns(list) ? " class=\"columns\">" : ">");
        for (List<Inline> item : list.items()) {
            element(s, "li", item, figure);
        }
        s.append("</").append(name).append('>');
    }

    private static void element(StringBuilder s, String name, List<Inline> content, Function<Inline.Figure, String> figure) {
        if (content.isEmpty()) {
            s.append('<').append(name).append("/>");
            return;
        }
        s.append('<').append(name).append('>');
        inlines(s, content, figure);
        s.append("</").append(name).append('>');
    }

    private static void inlines(StringBuilder s, List<Inline> content, Function<Inline.Figure, String> figure) {
        for (Inline i : content) {
            if (i instanceof Inline.Text t) {
                s.append(Markup.escape(t.text()));
            } else if (i instanceof Inline.Figure f) {
                s.append(figure.apply(f));
            } else if (i instanceof Inline.Missing m) {
                s.append("<span class=\"missing\">").append(Markup.escape(m.marker())).append("</span>");
            } else if (i instanceof Inline.Emphasis e) {
                element(s, e.mark().element(), e.content(), figure);
            } else {
                s.append("<br/>");
            }
        }
    }
}
