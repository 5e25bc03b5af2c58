package org.esgledger.app.report.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.Composition;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.document.Part;

/**
 * Where the editions print each figure: the parts (chapter, section, sub-section) in the order the report prints them,
 * each with its titles and the fact ids it prints in print order; the sections of each figure; and, in the PDF edition of
 * each language ({@link EditionPages}), the page each part begins on (the page the bookmarks and the content index give)
 * and the pages each figure is printed on.
 */
public final class FigurePlaces {

    /** A part that prints figures: its id, its chapter's and its own title in both languages, the fact ids in print order. */
    public record Place(String partId, Bilingual chapter, Bilingual title, List<String> factIds) {
        public Place {
            factIds = List.copyOf(factIds);
        }
    }

    private final List<Place> places;
    private final Map<String, List<String>> sections;
    private final Map<Language, EditionPages> pages;

    private FigurePlaces(List<Place> places, Map<String, List<String>> sections, Map<Language, EditionPages> pages) {
        this.places = List.copyOf(places);
        this.sections = sections;
        this.pages = Map.copyOf(pages);
    }

    /** @param pages where each edition's parts begin in its PDF (none for an edition rendered without a PDF) */
    public static FigurePlaces of(Map<Language, Composition> editions, Map<Language, EditionPages> pages) {
        Map<String, Set<String>> printed = new LinkedHashMap<>();
        Map<String, List<String>> sections = new TreeMap<>();
        editions.values().forEach(c -> c.used().forEach(u -> {
            if (!u.factId().isEmpty()) {
                printed.computeIfAbsent(u.partId(), k -> new LinkedHashSet<>()).add(u.factId());
                List<String> in = sections.computeIfAbsent(u.factId(), k -> new ArrayList<>());
                if (!in.contains(u.partId())) {
                    in.add(u.partId());
                }
            }
        }));
        Map<String, Bilingual[]> titles = new LinkedHashMap<>();
        editions.forEach((language, c) -> c.document().parts().forEach(chapter -> titles(chapter, chapter, language, titles)));
        List<Place> places = new ArrayList<>();
        printed.keySet().stream().filter(id -> !titles.containsKey(id)).forEach(id -> places.add(new Place(id, Bilingual.of(id, id),
                Bilingual.of(id, id), new ArrayList<>(printed.get(id)))));
        titles.forEach((id, t) -> {
            if (printed.containsKey(id)) {
                places.add(new Place(id, t[0], t[1], new ArrayList<>(printed.get(id))));
            }
        });
        return new FigurePlaces(places, sections, pages);
    }

    /** The parts in print order (the first edition's), with the titles of every edition: {chapter, own}. */
    private static void titles(Part p, Part chapter, Language language, Map<String, Bilingual[]> into) {
        Bilingual[] t = into.computeIfAbsent(p.id(), k -> new Bilingual[] {Bilingual.of(chapter.title(), chapter.title()),
                Bilingual.of(p.title(), p.title())});
        if (language == Language.ZH) {
            t[0] = Bilingual.of(chapter.title(), t[0].en());
            t[1] = Bilingual.of(p.title(), t[1].en());
        } else {
            t[0] = Bilingual.of(t[0].zh(), chapter.title());
            t[1] = Bilingual.of(t[1].zh(), p.title());
        }
        p.children().forEach(c -> titles(c, chapter, language, into));
    }

    /** The parts printing figures, in the order the report prints them (any that is no part of the document, such as the cover, first). */
    public List<Place> places() {
        return places;
    }

    /** Fact id → the ids of the parts printing it, the first edition's first. */
    public Map<String, List<String>> sections() {
        return sections;
    }

    /** The languages whose PDF edition was laid out. */
    public List<Language> paged() {
        return pages.keySet().stream().filter(l -> !pages.get(l).byPart().isEmpty()).sorted().toList();
    }

    /** The page a part begins on in a language's PDF edition, when it was laid out. */
    public Optional<Integer> page(String partId, Language language) {
        return Optional.ofNullable(pages.get(language)).flatMap(p -> p.of(partId));
    }

    /**
     * The pages of a language's PDF edition printing a figure (empty without a PDF): the pages its own anchors landed on
     * (running text, table cells, key-figure tiles); for a part printing it without an anchor (a chart's values), the page
     * that part begins on.
     */
    public SortedSet<Integer> pages(String factId, Language language) {
        EditionPages edition = pages.getOrDefault(language, EditionPages.NONE);
        SortedSet<Integer> out = new TreeSet<>(edition.figurePages(factId));
        sections.getOrDefault(factId, List.of()).stream().filter(part -> edition.figurePages(factId, part).isEmpty())
                .forEach(part -> page(part, language).ifPresent(out::add));
        return out;
    }
}
