package org.esgledger.engine.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.template.FigureRef;

/**
 * The honest notes of a part: where a printed figure differs from what the company published before,
 * it carries a marker ({@code ¹}) and a note under its table or text states the published value, the one
 * printed and why; where a figure cannot be computed, the value published before is printed, marked
 * as published, with a note saying so. Markers are numbered within a part, one per figure; a note is
 * written once, under the first block that needs it.
 */
final class FigureNotes {

    private static final String SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹";

    private final Language language;
    private final ReportData data;
    private final FigureFormat format;
    /** The marker of each explained figure of the part, by fact key. */
    private final Map<String, String> markers = new LinkedHashMap<>();
    private final List<String> pending = new ArrayList<>();

    FigureNotes(Language language, ReportData data, FigureFormat format) {
        this.language = language;
        this.data = data;
        this.format = format;
    }

    /** A new part: markers count from ¹ again. */
    void startPart() {
        markers.clear();
        pending.clear();
    }

    /** The notes the blocks since the last call need, in marker order; then none. */
    List<String> drain() {
        List<String> out = List.copyOf(pending);
        pending.clear();
        return out;
    }

    /** A note of the part's next block that no figure carries (a table's own note). */
    void add(String line) {
        if (!pending.contains(line)) {
            pending.add(line);
        }
    }

    /** The figure as written, with a marker when the value printed differs from the one published before. */
    String marked(FigureRef resolved, ReportData.Figure f, String written) {
        Optional<ReportData.Published> published = data.published(resolved);
        if (published.isEmpty() || !differs(f, published.get())) {
            return written;
        }
        ReportData.Published p = published.get();
        String computed = format.format(f.value(), f.unit(), f.decimals(), language);
        return written + marker(resolved, p, computed, false);
    }

    /** Where a reference has no value: the value published before, marked as published, when there is one. */
    Optional<String> asPublished(FigureRef resolved, FigureRef.Style style) {
        return data.published(resolved).map(p -> {
            String value = switch (style) {
                case FULL -> format.format(p.value(), p.unit(), p.decimals(), language);
                case NUMBER -> format.number(p.value(), p.decimals());
                case RAW -> format.raw(p.value(), p.decimals());
            };
            return value + ReportTexts.of("note.publishedMark", language) + marker(resolved, p, "", true);
        });
    }

    private String marker(FigureRef resolved, ReportData.Published p, String computed, boolean asPublished) {
        String key = resolved.indicator() + "@" + resolved.entity() + "@" + resolved.period() + "[" + resolved.breakdown() + "]";
        String known = markers.get(key);
        if (known != null) {
            return known;
        }
        int n = markers.size();
        String mark = n < SUPERSCRIPTS.length() ? String.valueOf(SUPERSCRIPTS.charAt(n)) : "(" + (n + 1) + ")";
        markers.put(key, mark);
        String published = format.format(p.value(), p.unit(), p.decimals(), language);
        String report = pick(p.report());
        String reason = pick(p.reason());
        String kind = asPublished ? "note.asPublished" : "note.differs";
        pending.add(reason.isEmpty() ? ReportTexts.of(kind + ".noReason", language, mark, report, published, computed, resolved.period())
                : ReportTexts.of(kind, language, mark, report, published, computed, resolved.period(), reason));
        return mark;
    }

    /** Whether the value printed, rounded to the decimals the published one was printed with, is another number. */
    private boolean differs(ReportData.Figure f, ReportData.Published p) {
        return p.differs(f.value(), f.unit(), data.units());
    }

    private String pick(Bilingual b) {
        return language == Language.ZH ? b.zh() : b.en();
    }
}
