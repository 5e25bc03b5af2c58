package org.esgledger.app.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.report.internal.FigurePlaces;
import org.esgledger.app.report.internal.FigureStanding;
import org.esgledger.app.report.internal.FigureStandings;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.calc.Disclosure;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.fact.Provenance;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;

/**
 * One figure of the data pack as its JSON holds it ({@code docs/formats/datapack.md}): indicator,
 * entity, period and breakdown, exact and disclosed value, derivation and lineage, framework
 * references, provenance of a stored fact, the findings about it and the report sections printing it.
 */
final class DataPackFigures {

    /**
     * What a render marks each figure with: the report sections printing it (fact id → section ids), where the PDF
     * editions print them (none when no PDF was laid out), and where each figure stands.
     */
    record Marks(Map<String, List<String>> sections, Optional<FigurePlaces> places, FigureStandings standings) {
    }

    private final Map<String, Indicator> indicators;
    private final OrganisationTree tree;
    private final Marks marks;

    DataPackFigures(Map<String, Indicator> indicators, OrganisationTree tree, Marks marks) {
        this.indicators = indicators;
        this.tree = tree;
        this.marks = marks;
    }

    /** A value of a snapshot, with the findings of that snapshot about it. */
    Map<String, Object> figure(SnapshotValue v, FactView fact, List<FindingView> findings) {
        Indicator ind = indicators.get(v.indicator());
        Map<String, Object> f = head(v.factId(), ind, v.entity(), v.period(), v.breakdown());
        f.put("available", v.value().isPresent());
        f.put("value", v.value().map(BigDecimal::toPlainString).orElse(null));
        f.put("disclosed", v.value().isPresent() ? v.disclosed() : null);
        f.put("unit", v.unit());
        f.put("decimals", ind.decimals());
        f.put("derivation", Codes.code(v.derivation()));
        f.put("formula", v.formula().isEmpty() ? null : v.formula());
        f.put("formula_version", v.formulaVersion().isEmpty() ? null : v.formulaVersion());
        f.put("reason_zh", v.reasonZh().isEmpty() ? null : v.reasonZh());
        f.put("reason_en", v.reasonEn().isEmpty() ? null : v.reasonEn());
        f.put("inputs", v.inputs());
        f.put("references", references(ind));
        f.put("provenance", fact != null && v.derivation() == Derivation.Kind.STORED ? provenance(fact) : null);
        List<Map<String, Object>> about = new ArrayList<>();
        for (FindingView fv : findings) {
            if (FigureUse.concerns(fv, v.key())) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", fv.rule());
                m.put("severity", Codes.code(fv.severity()));
                m.put("message_zh", fv.message().zh());
                m.put("message_en", fv.message().en());
                about.add(m);
            }
        }
        f.put("findings", about);
        inReport(f, v.factId());
        return f;
    }

    /**
     * An entry the calculation does not carry that the report prints: an approved policy, plan, target or structural fact, or
     * a figure of a year without a snapshot (not available when its ledger rows had no factor).
     */
    Map<String, Object> entry(FactView fact) {
        Indicator ind = indicators.get(fact.indicator());
        Map<String, Object> f = head(fact.id(), ind, fact.entity(), fact.key().period().code(), fact.key().breakdown().code());
        BigDecimal value = fact.notAvailable().isPresent() ? null : new BigDecimal(fact.plain());
        f.put("available", value != null);
        f.put("value", value == null ? null : value.toPlainString());
        f.put("disclosed", value == null ? null : Disclosure.round(value, ind.decimals()).toPlainString());
        f.put("unit", fact.unitCode());
        f.put("decimals", ind.decimals());
        f.put("derivation", Codes.code(Derivation.Kind.STORED));
        f.put("formula", null);
        f.put("formula_version", null);
        f.put("reason_zh", fact.notAvailable().map(r -> r.zh()).orElse(null));
        f.put("reason_en", fact.notAvailable().map(r -> r.en()).orElse(null));
        f.put("inputs", List.of());
        f.put("references", references(ind));
        f.put("provenance", provenance(fact));
        f.put("findings", List.of());
        inReport(f, fact.id());
        return f;
    }

    private Map<String, Object> head(String id, Indicator ind, String entity, String period, String breakdown) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("fact_id", id);
        f.put("indicator", ind.code());
        f.put("name_zh", ind.name().zh());
        f.put("name_en", ind.name().en());
        f.put("entity", entity);
        ReportingEntity e = tree.entity(entity).orElse(null);
        f.put("entity_name_zh", e == null ? "" : e.name().zh());
        f.put("entity_name_en", e == null ? "" : e.name().en());
        f.put("period", period);
        f.put("breakdown", breakdown);
        return f;
    }

    /**
     * Whether the report prints it and where: its sections and, for each language whose PDF was laid out, the pages printing
     * it ({@code FigurePlaces.pages}: its own, or its section's first page for a chart's value); then its origin, review
     * status and whether it differs from what the company published before.
     */
    private void inReport(Map<String, Object> f, String id) {
        List<String> in = marks.sections().getOrDefault(id, List.of());
        f.put("in_report", !in.isEmpty());
        f.put("report_sections", in);
        Map<String, Object> pages = new LinkedHashMap<>();
        marks.places().ifPresent(p -> p.paged().forEach(l -> pages.put(l.code(), List.copyOf(p.pages(id, l)))));
        f.put("report_pages", pages);
        Optional<FigureStanding> st = marks.standings().of(id);
        f.put("figure_origin", st.map(x -> Codes.code(x.origin())).orElse(null));
        f.put("figure_status", st.flatMap(FigureStanding::status).map(Codes::code).orElse(null));
        f.put("differs_from_published", st.map(FigureStanding::differs).orElse(false));
    }

    private static Map<String, Object> provenance(FactView fact) {
        Map<String, Object> src = new LinkedHashMap<>();
        Provenance p = fact.provenance();
        src.put("origin", Codes.code(fact.origin()));
        src.put("status", Codes.code(fact.status()));
        src.put("source", p.source());
        src.put("file", p.file().map(Provenance.FileRow::name).orElse(null));
        src.put("file_sha256", p.file().map(Provenance.FileRow::sha256).orElse(null));
        src.put("row", p.file().map(Provenance.FileRow::row).filter(row -> row != 0).orElse(null));
        src.put("entered_by", p.enteredBy());
        src.put("approved_by", p.approvedBy().orElse(null));
        return src;
    }

    private static Map<String, Object> references(Indicator ind) {
        Map<String, Object> refs = new LinkedHashMap<>();
        for (String fw : List.of("SZSE", "GRI", "ISSB", "SDG")) {
            List<String> codes = new ArrayList<>();
            for (FrameworkRef r : ind.references()) {
                if (r.framework().name().equals(fw)) {
                    codes.add(r.code());
                }
            }
            refs.put(fw.toLowerCase(Locale.ROOT), codes);
        }
        return refs;
    }
}
