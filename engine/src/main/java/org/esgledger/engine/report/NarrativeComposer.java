package org.esgledger.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.engine.report.narrative.Flow;
import org.esgledger.engine.report.narrative.Inline;
import org.esgledger.engine.report.narrative.Markup;
import org.esgledger.engine.report.narrative.Narrative;
import org.esgledger.engine.report.template.FigureRef;
import org.esgledger.engine.report.template.TemplateReader;

/**
 * A template's narrative as an edition prints it: {@code {{year}}} becomes the report's year and
 * every other reference the figure written in the edition's language, or the missing marker. The
 * numbers typed into the text itself are listed for the owner to check.
 */
final class NarrativeComposer {

    /** A number in narrative text with a few characters around it (as the text stands in XHTML: tags stop it, entities count). */
    private static final Pattern TYPED = Pattern.compile("[^<>\\s]{0,6}[0-9][0-9.,:/%-]*[^<>\\s]{0,6}");

    /** {@code {{year}}}: the report's fiscal year, so that narrative need not type it. */
    private static final Pattern YEAR = Pattern.compile("\\{\\{\\s*year\\s*}}");

    private final ReportComposer composer;
    private final String year;
    private final String marker;
    private final List<Composition.Typed> typed;

    NarrativeComposer(ReportComposer composer, int year, Language language, List<Composition.Typed> typed) {
        this.composer = composer;
        this.year = String.valueOf(year);
        this.marker = ReportComposer.marker(language);
        this.typed = typed;
    }

    Narrative compose(Narrative template, String partId) {
        List<Flow> flows = new ArrayList<>();
        for (Flow f : template.flows()) {
            if (f instanceof Flow.Paragraph p) {
                flows.add(new Flow.Paragraph(inlines(p.content(), partId)));
            } else if (f instanceof Flow.Items list) {
                flows.add(new Flow.Items(list.numbered(), list.items().stream().map(item -> inlines(item, partId)).toList()));
            } else {
                flows.add(new Flow.Loose(inlines(((Flow.Loose) f).content(), partId)));
            }
        }
        return new Narrative(flows);
    }

    private List<Inline> inlines(List<Inline> template, String partId) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : template) {
            if (i instanceof Inline.Text t) {
                text(t.text(), partId, out);
            } else if (i instanceof Inline.Emphasis e) {
                out.add(new Inline.Emphasis(e.mark(), inlines(e.content(), partId)));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    private void text(String text, String partId, List<Inline> out) {
        Matcher digits = TYPED.matcher(TemplateReader.INLINE.matcher(Markup.escape(text)).replaceAll(" "));
        while (digits.find()) {
            typed.add(new Composition.Typed(Markup.unescape(digits.group().strip()), partId));
        }
        String withYear = YEAR.matcher(text).replaceAll(year);
        Matcher m = TemplateReader.INLINE.matcher(withYear);
        int at = 0;
        while (m.find()) {
            plain(withYear.substring(at, m.start()), out);
            out.add(figure(FigureRef.parse(m.group(1)), partId));
            at = m.end();
        }
        plain(withYear.substring(at), out);
    }

    private Inline figure(FigureRef ref, String partId) {
        return composer.inline(ref, partId).<Inline>map(c -> new Inline.Figure(c.text(), c.factId())).orElseGet(() -> new Inline.Missing(marker));
    }

    private static void plain(String text, List<Inline> out) {
        if (!text.isEmpty()) {
            out.add(new Inline.Text(text));
        }
    }
}
