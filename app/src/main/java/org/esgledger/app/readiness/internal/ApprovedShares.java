package org.esgledger.app.readiness.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.esgledger.app.readiness.ReadinessReport;
import org.esgledger.app.report.TemplateFigure;
import org.esgledger.engine.i18n.Bilingual;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.report.template.FigureRef;

/** The entity a template figure is of, and the template's figures backed by approved values per entity. */
public final class ApprovedShares {

    private ApprovedShares() {
    }

    /**
     * The entity of the figure's value in the snapshot; without a value, the entity its reference names, or the organisation's
     * root (the report's entity) when it names none.
     */
    public static String entityOf(TemplateFigure f, DraftTrace values, OrganisationTree tree) {
        String root = tree.root().map(ReportingEntity::code).orElse("");
        return values.entityOf(f.factId()).orElseGet(() -> {
            try {
                String named = FigureRef.parse(f.ref()).entity();
                return named.isEmpty() ? root : named;
            } catch (IllegalArgumentException e) {
                return root;
            }
        });
    }

    /** Counts (figures, approved) by entity code, as shares in the organisation's order; entities unknown to it come last. */
    public static List<ReadinessReport.EntityShare> perEntity(Map<String, int[]> counts, OrganisationTree tree) {
        List<ReadinessReport.EntityShare> out = new ArrayList<>();
        for (ReportingEntity e : tree.entities()) {
            int[] c = counts.get(e.code());
            if (c != null) {
                out.add(new ReadinessReport.EntityShare(e.code(), e.name(), c[0], c[1]));
            }
        }
        counts.keySet().stream().filter(code -> tree.entity(code).isEmpty()).sorted()
                .forEach(code -> out.add(new ReadinessReport.EntityShare(code, Bilingual.of(code, code), counts.get(code)[0],
                        counts.get(code)[1])));
        return out;
    }
}
