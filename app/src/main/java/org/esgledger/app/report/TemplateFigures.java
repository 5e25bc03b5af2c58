package org.esgledger.app.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.report.internal.SnapshotReportData;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.Composition;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.ReportComposer;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a year's report would print and which of them have a value, without writing
 * anything: the template is composed (Chinese edition; both editions print the same references)
 * exactly as {@code esg report} composes it, so what is missing here is what the render report
 * would list.
 */
@Service
public class TemplateFigures {

    private final ReportTemplates templates;
    private final ReportSources sources;

    TemplateFigures(ReportTemplates templates, ReportSources sources) {
        this.templates = templates;
        this.sources = sources;
    }

    /**
     * Which template a year's report uses (the workspace's when it is for that year, else the starter), its figures, and
     * its chapters' titles by id in the template's order.
     */
    public record Used(String source, List<TemplateFigure> figures, int toWrite, Map<String, Bilingual> chapterTitles) {
        public Used {
            figures = List.copyOf(figures);
            chapterTitles = Collections.unmodifiableMap(new LinkedHashMap<>(chapterTitles));
        }

        /** A chapter's title, or its id as both languages' title when the template has no such chapter. */
        public Bilingual chapterTitle(String id) {
            return chapterTitles.getOrDefault(id, new Bilingual(id, id));
        }
    }

    /**
     * The figures of the template at {@code file} when it exists and is for the year, else of the
     * starter template; each reference once per section.
     */
    @Transactional(readOnly = true)
    public Used of(int year, Path file) {
        boolean own = Files.isRegularFile(file) && templates.yearOf(file) == year;
        ReportTemplate template = own ? templates.read(file, year) : templates.starter(year);
        SnapshotReportData data = sources.of(year, file);
        Composition c = ReportComposer.compose(template, Language.ZH, data);
        Map<String, String> chapterOf = new HashMap<>();
        Map<String, Bilingual> titles = new LinkedHashMap<>();
        template.chapters().forEach(ch -> {
            chapterOfEach(ch, ch.id(), chapterOf);
            titles.put(ch.id(), ch.title());
        });
        Map<String, TemplateFigure> once = new LinkedHashMap<>();
        List<Composition.Use> missing = c.missing();
        for (Composition.Use u : c.used()) {
            String key = u.ref() + "|" + u.partId();
            once.putIfAbsent(key, new TemplateFigure(u.ref().toString(), chapterOf.getOrDefault(u.partId(), u.partId()), u.partId(),
                    u.factId(), missing.contains(u)));
        }
        return new Used(own ? file.toString() : ReportTemplates.STARTER, new ArrayList<>(once.values()), c.toWrite().size(), titles);
    }

    private static void chapterOfEach(Section s, String chapter, Map<String, String> into) {
        into.put(s.id(), chapter);
        s.children().forEach(c -> chapterOfEach(c, chapter, into));
    }
}
