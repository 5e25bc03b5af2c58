package org.esgledger.app.report.internal;

import java.time.temporal.ChronoUnit;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.narrative.Markup;

/**
 * The lineage page's words, from the report's message bundles ({@code report.lineage.*}), printed as the page prints
 * everything: Chinese, then English ({@code 草稿 / draft}); and a figure's standing as a line of the page.
 */
final class LineageLabels {

    private LineageLabels() {
    }

    /** A label in both languages, {@code zh / en}. */
    static String text(String key, Object... args) {
        Message m = AppMessages.of(key, args);
        return m.zh() + " / " + m.en();
    }

    /** The name of a language's edition. */
    static String edition(Language language) {
        Message m = AppMessages.of("report.lineage.edition." + language.code());
        return m.zh() + " / " + m.en();
    }

    /**
     * The figure's origin, status and who entered and approved it, as data attributes (for a program) and as text; a draft
     * in a flagged line ({@code class="standing draft"}, the word 草稿 / DRAFT in front), a difference from the published
     * value said.
     */
    static void standing(StringBuilder s, FigureStanding st) {
        String status = st.status().map(Codes::code).orElse("");
        s.append("<p class=\"standing").append(st.draft() ? " draft" : "").append("\" data-origin=\"").append(Codes.code(st.origin()))
                .append("\" data-status=\"").append(status).append("\" data-differs=\"").append(st.differs()).append("\">");
        if (st.draft()) {
            s.append("<strong class=\"draft-flag\">").append(Markup.escape(text("report.lineage.flag.draft"))).append("</strong> ");
        }
        s.append(Markup.escape(text("report.lineage.origin." + Codes.code(st.origin()))));
        st.status().ifPresent(x -> s.append("; ").append(Markup.escape(text("report.lineage.status." + Codes.code(x)))));
        st.enteredBy().ifPresent(by -> s.append("; ").append(Markup.escape(text("report.lineage.enteredBy", by,
                st.enteredAt().map(at -> at.truncatedTo(ChronoUnit.SECONDS).toString()).orElse("")))));
        st.approvedBy().ifPresent(by -> s.append("; ").append(Markup.escape(text("report.lineage.approvedBy", by))));
        if (st.differs()) {
            s.append("; <strong class=\"differs\">").append(Markup.escape(text("report.lineage.differsFromPublished"))).append("</strong>");
        }
        s.append("</p>\n");
    }
}
