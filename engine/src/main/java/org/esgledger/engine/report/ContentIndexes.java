package org.esgledger.engine.report;

import java.util.ArrayList;
import java.util.List;

import org.esgledger.engine.catalogue.Framework;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.report.document.Block;
import org.esgledger.engine.report.document.Part;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.Section;

/**
 * The content index, generated from the disclosures each section of the template declares:
 * GRI codes joined by {@code /}; Guideline No. 17 articles cited one by one, or as a range when
 * three or more follow each other ({@code Articles 34 to 36}, {@code 第三十四条至第三十六条});
 * then each disclosure with the parts whose pages answer it ({@link DisclosurePlacements}): where the
 * indicators carrying it in their own references print, else the sections declaring it.
 */
final class ContentIndexes {

    private ContentIndexes() {
    }

    static Block.ContentIndex index(ReportTemplate template, Language language, ReportData data, List<Composition.Use> used) {
        boolean zh = language == Language.ZH;
        List<Block.IndexLine> lines = new ArrayList<>();
        for (Section chapter : template.chapters()) {
            String chapterTitle = zh ? chapter.title().zh() : chapter.title().en();
            collect(chapter, chapterTitle, language, data, lines);
        }
        List<String> header = List.of(ReportTexts.of("index.chapter", language), ReportTexts.of("index.section", language),
                ReportTexts.of("index.gri", language), ReportTexts.of("index.szse", language), ReportTexts.of("index.page", language));
        List<String> disclosureHeader = List.of(ReportTexts.of("index.framework", language), ReportTexts.of("index.disclosure", language),
                ReportTexts.of("index.pages", language));
        List<Block.DisclosureLine> disclosures = new ArrayList<>();
        for (DisclosurePlacements.Placement p : DisclosurePlacements.of(template, data::references, used)) {
            disclosures.add(new Block.DisclosureLine(p.disclosure().framework().name(), code(p.disclosure(), language, data), p.partIds(),
                    ReportTexts.of(p.narrative() ? "index.pages.narrative" : "index.pages.figures", language), p.narrative()));
        }
        return new Block.ContentIndex(header, lines, disclosureHeader, disclosures);
    }

    /** The parts with their content index filled in once every figure is placed (the index may stand before some of them). */
    static List<Part> filled(List<Part> parts, Block.ContentIndex index) {
        return parts.stream().map(p -> new Part(p.id(), p.level(), p.title(),
                p.blocks().stream().map(b -> b instanceof Block.ContentIndex ? index : b).toList(), filled(p.children(), index))).toList();
    }

    private static String code(FrameworkRef r, Language language, ReportData data) {
        return r.framework() == Framework.SZSE ? cite(Integer.parseInt(r.code().substring("Art.".length())), language, data) : r.code();
    }

    private static void collect(Section s, String chapter, Language language, ReportData data, List<Block.IndexLine> into) {
        if (s.indexed()) {
            String title = language == Language.ZH ? s.title().zh() : s.title().en();
            into.add(new Block.IndexLine(s.id(), chapter, title, s.gri().isEmpty() ? "/" : String.join("/", s.gri()),
                    articles(s.szse(), language, data)));
        }
        s.children().forEach(c -> collect(c, chapter, language, data, into));
    }

    static String articles(List<Integer> numbers, Language language, ReportData data) {
        if (numbers.isEmpty()) {
            return "/";
        }
        List<Integer> sorted = numbers.stream().sorted().distinct().toList();
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) {
                j++;
            }
            if (j - i >= 2) {
                parts.add(language == Language.ZH ? cite(sorted.get(i), language, data) + "至" + cite(sorted.get(j), language, data)
                        : "Articles " + sorted.get(i) + " to " + sorted.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    parts.add(cite(sorted.get(k), language, data));
                }
            }
            i = j + 1;
        }
        return String.join("/", parts);
    }

    private static String cite(int n, Language language, ReportData data) {
        return language == Language.ZH ? data.article(n).zh() : data.article(n).en();
    }
}
