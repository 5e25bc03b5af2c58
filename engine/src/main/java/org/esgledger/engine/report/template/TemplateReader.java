package org.esgledger.engine.report.template;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.report.narrative.Narrative;
import org.esgledger.engine.report.template.XmlTree.El;

/**
 * Reads a report template ({@code docs/formats/report-template.md}): an XML file of chapters,
 * sections and components. Every error names the file and line; narrative is checked to be the
 * allowed XHTML subset in both languages, and every fact reference to be well formed.
 */
public final class TemplateReader {

    /** A fact reference in narrative: {@code {{…}}}. */
    public static final Pattern INLINE = Pattern.compile("\\{\\{([^{}]*)}}");
    private static final Set<String> SECTIONS = Set.of("chapter", "section", "subsection");

    private final String file;
    private final PictureFiles pictures;
    private final Set<String> ids = new HashSet<>();

    private TemplateReader(String file, Path folder) {
        this.file = file;
        this.pictures = new PictureFiles(folder);
    }

    /** A template that places no image (one from outside a folder: an image would be refused). */
    public static ReportTemplate read(InputStream in, String file) {
        return read(in, file, null);
    }

    /** @param folder the template's folder, which the images it places must be in */
    public static ReportTemplate read(InputStream in, String file, Path folder) {
        return new TemplateReader(file, folder).report(XmlTree.read(in, file));
    }

    private ReportTemplate report(El root) {
        if (!root.name().equals("report")) {
            throw fail(root, "report.template.root", root.name());
        }
        int year;
        try {
            year = Integer.parseInt(required(root, "year"));
        } catch (NumberFormatException e) {
            throw fail(root, "report.template.year", root.attr("year"));
        }
        Bilingual organisation = Bilingual.of("", "");
        String stockCode = "";
        Picture logo = null;
        Bilingual title = null;
        List<Section> chapters = new ArrayList<>();
        for (El e : root.elements()) {
            switch (e.name()) {
                case "organisation" -> {
                    organisation = bilingual(e);
                    stockCode = e.attr("stock-code").strip();
                    logo = e.attr("logo").isBlank() ? null : pictures.read(e.attr("logo").strip(), m -> new TemplateException(file, e.line(), m));
                }
                case "title" -> title = bilingual(e);
                case "chapter" -> chapters.add(section(e));
                default -> throw fail(e, "report.template.element", e.name(), "report");
            }
        }
        if (title == null) {
            throw fail(root, "report.template.missing", "title", "report");
        }
        return new ReportTemplate(required(root, "id"), required(root, "entity"), year, organisation, stockCode, logo, title, chapters);
    }

    private Section section(El e) {
        List<Component> components = new ArrayList<>();
        List<Section> children = new ArrayList<>();
        for (El c : e.elements()) {
            if (SECTIONS.contains(c.name())) {
                children.add(section(c));
            } else {
                components.add(component(c));
            }
        }
        List<Integer> szse = new ArrayList<>();
        for (String a : words(e.attr("szse"))) {
            try {
                szse.add(Integer.parseInt(a));
            } catch (NumberFormatException x) {
                throw fail(e, "report.template.article", a);
            }
        }
        if (!ids.add(required(e, "id"))) {
            throw fail(e, "report.template.duplicateId", e.attr("id"));
        }
        String index = e.attr("index").strip();
        if (!index.isEmpty() && !index.equals("true") && !index.equals("false")) {
            throw fail(e, "report.template.index", index);
        }
        boolean listed = index.isEmpty() ? e.name().equals("section") : index.equals("true");
        return new Section(required(e, "id"), bilingual(e), words(e.attr("gri")), szse, listed, components, children);
    }

    private Component component(El e) {
        return switch (e.name()) {
            case "text" -> prose(e);
            case "to-write" -> new Component.ToWrite(prose(e));
            case "figures" -> new Component.Figures(bilingual(e, false), words(e.attr("periods")), rows(e));
            case "key-figures" -> new Component.KeyFigures(bilingual(e, false), rows(e));
            case "chart" -> new Component.Chart(chartType(e), bilingual(e), words(e.attr("periods")), rows(e));
            case "register" -> new Component.Register(required(e, "source"), bilingual(e, false), words(e.attr("where")), columns(e));
            case "targets" -> new Component.Targets(bilingual(e, false), words(required(e, "ids")), targetColumns(e));
            case "materiality-matrix" -> new Component.MaterialityMatrix(required(e, "source"), bilingual(e));
            case "case" -> new Component.CaseBox(bilingual(e), prose(only(e, "text")));
            case "contents" -> new Component.Contents();
            case "content-index" -> new Component.ContentIndex();
            case "restatements" -> new Component.Restatements();
            case "figure-standing" -> new Component.FigureStanding();
            case "image" -> new Component.Image(pictures.read(required(e, "src"), m -> new TemplateException(file, e.line(), m)),
                    bilingual(e, false), alt(e));
            case "feedback" -> new Component.Feedback(e.elements().stream().map(this::bilingual).toList());
            default -> throw fail(e, "report.template.element", e.name(), "section");
        };
    }

    private Component.ChartType chartType(El e) {
        String t = required(e, "type");
        return switch (t) {
            case "bar" -> Component.ChartType.BAR;
            case "stacked-bar" -> Component.ChartType.STACKED_BAR;
            case "line" -> Component.ChartType.LINE;
            case "donut" -> Component.ChartType.DONUT;
            default -> throw fail(e, "report.template.chartType", t);
        };
    }

    private List<Row> rows(El e) {
        List<Row> rows = new ArrayList<>();
        for (El r : e.elements()) {
            if (!r.name().equals("row")) {
                throw fail(r, "report.template.element", r.name(), e.name());
            }
            rows.add(new Row(ref(r, required(r, "ref")), bilingual(r, false)));
        }
        if (rows.isEmpty()) {
            throw fail(e, "report.template.missing", "row", e.name());
        }
        return rows;
    }

    private List<Column> columns(El e) {
        List<Column> columns = new ArrayList<>();
        for (El c : e.elements()) {
            if (!c.name().equals("column")) {
                throw fail(c, "report.template.element", c.name(), e.name());
            }
            columns.add(new Column(required(c, "key"), bilingual(c)));
        }
        return columns;
    }

    /** A targets table's declared columns: each one of {@link Component.Targets#KEYS}. */
    private List<Column> targetColumns(El e) {
        List<Column> columns = columns(e);
        for (Column c : columns) {
            if (!Component.Targets.KEYS.contains(c.key())) {
                throw fail(e, "report.template.targetColumn", c.key(), String.join(", ", Component.Targets.KEYS));
            }
        }
        return columns;
    }

    private FigureRef ref(El at, String text) {
        try {
            return FigureRef.parse(text);
        } catch (IllegalArgumentException x) {
            throw fail(at, "report.template.reference", text);
        }
    }

    /** A {@code <text>} with a {@code <zh>} and an {@code <en>} child, each the allowed XHTML subset. */
    private Component.Prose prose(El text) {
        Narrative zh = null;
        Narrative en = null;
        for (El lang : text.elements()) {
            Narrative narrative = narrative(lang);
            switch (lang.name()) {
                case "zh" -> zh = narrative;
                case "en" -> en = narrative;
                default -> throw fail(lang, "report.template.element", lang.name(), "text");
            }
        }
        if (zh == null || en == null) {
            throw fail(text, "report.template.bothLanguages");
        }
        return new Component.Prose(zh, en);
    }

    private Narrative narrative(El lang) {
        Narrative narrative = new NarrativeReader(file).read(lang);
        Matcher m = INLINE.matcher(narrative.xhtml());
        while (m.find()) {
            ref(lang, m.group(1));
        }
        return narrative;
    }

    private El only(El e, String name) {
        List<El> kids = e.elements();
        if (kids.size() != 1 || !kids.get(0).name().equals(name)) {
            throw fail(e, "report.template.missing", name, e.name());
        }
        return kids.get(0);
    }

    private Bilingual bilingual(El e) {
        return bilingual(e, true);
    }

    private Bilingual bilingual(El e, boolean required) {
        String zh = e.attr("zh").strip();
        String en = e.attr("en").strip();
        if ((required || !zh.isEmpty() || !en.isEmpty()) && (zh.isEmpty() || en.isEmpty())) {
            throw fail(e, "report.template.bothLanguages");
        }
        return Bilingual.of(zh, en);
    }

    /** An image's alt text, in both languages. */
    private Bilingual alt(El e) {
        return Bilingual.of(required(e, "alt-zh"), required(e, "alt-en"));
    }

    private String required(El e, String attribute) {
        String v = e.attr(attribute).strip();
        if (v.isEmpty()) {
            throw fail(e, "report.template.missing", attribute, e.name());
        }
        return v;
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : Arrays.asList(text.strip().split("\\s+"));
    }

    private TemplateException fail(El at, String key, Object... args) {
        return new TemplateException(file, at.line(), Message.of(key, args));
    }
}
