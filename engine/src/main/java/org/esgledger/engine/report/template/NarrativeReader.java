package org.esgledger.engine.report.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.report.narrative.Flow;
import org.esgledger.engine.report.narrative.Inline;
import org.esgledger.engine.report.narrative.Narrative;
import org.esgledger.engine.report.template.XmlTree.El;

/**
 * The narrative of a template's {@code <zh>} or {@code <en>}, read into a {@link Narrative}:
 * paragraphs and lists at the top level, inline content ({@code strong em b i sub sup br} and text)
 * inside them or between them; the whole stripped of leading and trailing whitespace. Anything
 * else is an error naming the file and line: an element outside the subset, an attribute, a block
 * inside a paragraph or item, text in a list outside its items, content in a line break.
 */
final class NarrativeReader {

    /** The elements narrative may use. */
    static final Set<String> ELEMENTS = Set.of("p", "ul", "ol", "li", "strong", "em", "b", "i", "br", "sub", "sup");
    private static final Set<String> BLOCKS = Set.of("p", "ul", "ol");

    private final String file;

    NarrativeReader(String file) {
        this.file = file;
    }

    Narrative read(El lang) {
        List<Flow> flows = new ArrayList<>();
        List<Inline> loose = new ArrayList<>();
        for (Object c : lang.children()) {
            if (c instanceof El e && BLOCKS.contains(e.name())) {
                allowed(e);
                if (!loose.isEmpty()) {
                    flows.add(new Flow.Loose(loose));
                    loose.clear();
                }
                flows.add(e.name().equals("p") ? new Flow.Paragraph(inlines(e)) : items(e));
            } else {
                loose.add(inline(c, lang));
            }
        }
        if (!loose.isEmpty()) {
            flows.add(new Flow.Loose(loose));
        }
        return new Narrative(stripped(flows));
    }

    private Flow.Items items(El list) {
        List<List<Inline>> items = new ArrayList<>();
        for (Object c : list.children()) {
            if (c instanceof String text) {
                if (!text.isBlank()) {
                    throw fail(list, "report.template.listText", list.name());
                }
                continue;
            }
            El item = (El) c;
            allowed(item);
            if (!item.name().equals("li")) {
                throw fail(item, "report.template.nesting", item.name(), list.name());
            }
            items.add(inlines(item));
        }
        return new Flow.Items(list.name().equals("ol"), items);
    }

    private List<Inline> inlines(El parent) {
        List<Inline> out = new ArrayList<>();
        for (Object c : parent.children()) {
            out.add(inline(c, parent));
        }
        return out;
    }

    private Inline inline(Object node, El parent) {
        if (node instanceof String text) {
            return new Inline.Text(text);
        }
        El e = (El) node;
        allowed(e);
        if (BLOCKS.contains(e.name()) || e.name().equals("li")) {
            throw fail(e, "report.template.nesting", e.name(), parent.name());
        }
        if (e.name().equals("br")) {
            if (!e.children().isEmpty()) {
                throw fail(e, "report.template.emptyBreak");
            }
            return new Inline.Break();
        }
        return new Inline.Emphasis(mark(e.name()), inlines(e));
    }

    private static Inline.Mark mark(String element) {
        for (Inline.Mark m : Inline.Mark.values()) {
            if (m.element().equals(element)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no mark is written <" + element + ">");
    }

    private void allowed(El e) {
        if (!ELEMENTS.contains(e.name())) {
            throw fail(e, "report.template.markup", e.name());
        }
        if (!e.attributes().isEmpty()) {
            throw fail(e, "report.template.attribute", e.name());
        }
    }

    /** Without the whitespace before the first and after the last character of the narrative. */
    private static List<Flow> stripped(List<Flow> flows) {
        List<Flow> out = new ArrayList<>(flows);
        if (!out.isEmpty() && out.get(0) instanceof Flow.Loose first) {
            replace(out, 0, first.content(), 0, true);
        }
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Flow.Loose last) {
            replace(out, out.size() - 1, last.content(), last.content().size() - 1, false);
        }
        return out;
    }

    private static void replace(List<Flow> flows, int at, List<Inline> content, int textAt, boolean leading) {
        if (!(content.get(textAt) instanceof Inline.Text t)) {
            return;
        }
        List<Inline> kept = new ArrayList<>(content);
        String text = leading ? t.text().stripLeading() : t.text().stripTrailing();
        if (text.isEmpty()) {
            kept.remove(textAt);
        } else {
            kept.set(textAt, new Inline.Text(text));
        }
        if (kept.isEmpty()) {
            flows.remove(at);
        } else {
            flows.set(at, new Flow.Loose(kept));
        }
    }

    private TemplateException fail(El at, String key, Object... args) {
        return new TemplateException(file, at.line(), Message.of(key, args));
    }
}
