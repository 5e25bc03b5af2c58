package org.esgledger.app.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.report.Composition;
import org.esgledger.engine.report.Language;

/** The render report, for the report's owner (not printed in the report): what was rendered and what needs attention. */
final class RenderReports {

    private RenderReports() {
    }

    /** @param notAvailable why the value of a fact id is not available, when a snapshot says so */
    static String markdown(int year, long snapshot, List<Path> files, Map<Language, Composition> editions, List<String> unused, List<String> findings,
                           Function<String, Optional<Bilingual>> notAvailable) {
        StringBuilder s = new StringBuilder();
        s.append("# 渲染报告 / Render report, FY").append(year).append("\n\nSnapshot #").append(snapshot).append(".\n\n## 输出文件 / Files\n\n");
        files.forEach(f -> s.append("- `").append(f.getFileName()).append("`\n"));
        for (Map.Entry<Language, Composition> e : editions.entrySet()) {
            Composition c = e.getValue();
            s.append("\n## ").append(e.getKey() == Language.ZH ? "中文版 / Chinese edition" : "英文版 / English edition").append("\n\n");
            s.append("- figure references rendered: ").append(c.used().size()).append("\n");
            s.append("- 数据缺失 / missing: ").append(c.missing().size()).append("\n");
            c.missing().forEach(m -> s.append("  - `").append(m.ref()).append("` in section `").append(m.partId()).append("`")
                    .append(notAvailable.apply(m.factId()).map(r -> ": " + r.en() + " / " + r.zh()).orElse("")).append("\n"));
            if (!c.asPublished().isEmpty()) {
                s.append("- 按已发布数值列示 / printed as published (not computable from the data): ").append(c.asPublished().size()).append("\n");
                c.asPublished().forEach(m -> s.append("  - `").append(m.ref()).append("` in section `").append(m.partId()).append("`")
                        .append(notAvailable.apply(m.factId()).map(r -> ": " + r.en() + " / " + r.zh()).orElse("")).append("\n"));
            }
            if (!c.toWrite().isEmpty()) {
                s.append("- 待填写 / to be written: ").append(c.toWrite().size()).append("\n");
                c.toWrite().forEach(t -> s.append("  - section `").append(t).append("`\n"));
            }
            s.append("- 正文中直接书写的数字 / numbers typed into the narrative (check that none is a figure): ").append(c.typed().size()).append("\n");
            c.typed().forEach(t -> s.append("  - `").append(t.text()).append("` in section `").append(t.partId()).append("`\n"));
        }
        s.append("\n## 已计算但未使用 / Computed but not used in any edition (").append(unused.size()).append(")\n\n");
        unused.forEach(u -> s.append("- `").append(u).append("`\n"));
        s.append("\n## 涉及已渲染数据的一致性问题 / Consistency findings about rendered figures (").append(findings.size()).append(")\n\n");
        findings.forEach(f -> s.append("- ").append(f).append("\n"));
        return s.toString();
    }

    /** The section listing the printed figures that rest on values not approved ({@code esg report --final} refuses them). */
    static String notApproved(List<String> figures) {
        StringBuilder s = new StringBuilder("\n## 依据未批准数值的数据 / Figures resting on values not approved (").append(figures.size())
                .append(")\n\n");
        figures.forEach(f -> s.append("- ").append(f).append("\n"));
        return s.toString();
    }

    /**
     * The section listing the printed figures that rest on values approved by the person who entered or
     * imported them (the four-eyes rule was off); nothing when there is none.
     */
    static String approvedByEntrant(List<String> figures) {
        if (figures.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder("\n## 由录入人本人批准的数据（四眼原则已关闭） / Figures approved by the same person who entered them "
                + "(four-eyes rule off) (").append(figures.size()).append(")\n\n");
        figures.forEach(f -> s.append("- ").append(f).append("\n"));
        return s.toString();
    }
}
