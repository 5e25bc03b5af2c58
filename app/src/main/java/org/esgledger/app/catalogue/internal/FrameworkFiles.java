package org.esgledger.app.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.catalogue.Framework;
import org.esgledger.engine.catalogue.FrameworkItem;
import org.esgledger.engine.i18n.Bilingual;

/**
 * Reads the framework reference tables shipped in {@code reference/} (copied from the shared
 * reference data, with its README as source notes) into framework items.
 */
public final class FrameworkFiles {

    public static final String FOLDER = "reference/";
    /** The reference tables read, in order. */
    public static final List<String> FILES = List.of("szse-g17-topics.csv", "szse-g17-articles.csv", "szse-g17-datapoints.csv",
            "gri-2021-disclosures.csv", "issb-s2-metrics.csv", "issb-core-content.csv", "sdgs.csv");
    private static final String NOTES = "reference/README.md";

    private FrameworkFiles() {
    }

    public static List<FrameworkItem> read() {
        List<FrameworkItem> items = new ArrayList<>();
        items.addAll(table("szse-g17-topics.csv", Set.of("topic_code", "topic_cn", "topic_en_unofficial"), r ->
                item(Framework.SZSE, r.get("topic_code"), "topic", r.get("topic_cn"), r.get("topic_en_unofficial") + " (unofficial translation)", "yes")));
        items.addAll(table("szse-g17-articles.csv", Set.of("article_no", "article_cn", "section_cn", "chapter_cn", "summary_en"), r ->
                item(Framework.SZSE, "Art." + r.get("article_no"), "article",
                        r.get("article_cn") + " " + (r.has("section_cn") ? r.get("section_cn") : r.get("chapter_cn")),
                        "Article " + r.get("article_no") + ": " + r.get("summary_en"), "yes")));
        items.addAll(table("szse-g17-datapoints.csv", Set.of("datapoint_id", "label_cn", "datapoint_en", "disclosure_level"), r ->
                item(Framework.SZSE, r.get("datapoint_id"), "datapoint:" + r.get("disclosure_level"), r.get("label_cn"),
                        r.get("datapoint_en"), "editorial")));
        items.addAll(table("gri-2021-disclosures.csv", Set.of("code", "disclosure_title_en", "disclosure_kind", "verified"), r ->
                item(Framework.GRI, r.get("code"), r.get("disclosure_kind"), "", r.get("disclosure_title_en"), r.get("verified"))));
        items.addAll(table("issb-s2-metrics.csv", Set.of("item_id", "category_cn_unofficial", "category_en", "verified"), r ->
                item(Framework.ISSB, r.get("item_id"), "metric", r.get("category_cn_unofficial"), r.get("category_en"), r.get("verified"))));
        items.addAll(table("issb-core-content.csv", Set.of("pillar_code", "pillar_cn_szse", "pillar_en", "verified"), r ->
                item(Framework.ISSB, r.get("pillar_code"), "pillar", r.get("pillar_cn_szse"), r.get("pillar_en"), r.get("verified"))));
        items.addAll(table("sdgs.csv", Set.of("code", "title_zh", "title_en", "verified"), r ->
                item(Framework.SDG, r.get("code"), "goal", r.get("title_zh"), r.get("title_en"), r.get("verified"))));
        return items;
    }

    private static FrameworkItem item(Framework f, String code, String kind, String zh, String en, String verified) {
        return new FrameworkItem(f, code, kind, Bilingual.of(zh, en), verified.isEmpty() ? "no" : verified, NOTES);
    }

    private static List<FrameworkItem> table(String file, Set<String> columns, Function<CsvTable.Row, FrameworkItem> map) {
        SourceFile source = SourceFile.resource(FOLDER + file);
        Problems problems = new Problems(source.name());
        CsvTable table = CsvTable.readAllowingExtraColumns(source, columns, problems);
        problems.throwIfAny();
        return table.rows().stream().map(map).toList();
    }
}
