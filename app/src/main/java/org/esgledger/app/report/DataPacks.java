package org.esgledger.app.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.siegmar.fastcsv.writer.CsvWriter;
import org.esgledger.app.intake.FormulaGuard;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.catalogue.FrameworkRef;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.esgledger.engine.calc.Derivation;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.fact.Provenance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The machine-readable data pack of a year ({@code docs/formats/datapack.md}): every value of the
 * year's current snapshot with its indicator, entity, period, breakdown, exact and disclosed value,
 * unit and decimals, framework references, derivation and lineage, provenance of stored facts, and
 * the consistency findings about it; as JSON (schema {@code docs/formats/datapack.schema.json}) and
 * as CSV.
 */
@Service
public class DataPacks {

    static final String SCHEMA_ID = "https://esgledger.org/schema/datapack-1.json";
    static final List<String> CSV_COLUMNS = List.of("fact_id", "indicator", "name_zh", "name_en", "entity", "period", "breakdown",
            "available", "value", "disclosed", "unit", "decimals", "derivation", "formula", "formula_version", "origin", "status",
            "source_file", "source_row", "szse", "gri", "issb", "sdg", "inputs", "findings", "reason_en", "in_report", "report_sections");

    private final Calculations calculations;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Facts facts;

    DataPacks(Calculations calculations, Catalogue catalogue, Organisation organisation, Facts facts) {
        this.calculations = calculations;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.facts = facts;
    }

    /** Writes {@code datapack-YEAR.json} and {@code datapack-YEAR.csv} into {@code dir} from the year's current snapshot. */
    @Transactional(readOnly = true)
    public DataPack write(int year, Path dir) {
        return write(year, dir, Map.of());
    }

    /**
     * As {@link #write(int, Path)}, marking the figures a rendered report uses (fact id → the ids of
     * the sections it appears in) and adding those the snapshot does not hold.
     */
    @Transactional(readOnly = true)
    public DataPack write(int year, Path dir, Map<String, List<String>> sections) {
        SnapshotView snapshot = calculations.current(year)
                .orElseThrow(() -> new EsgException(AppMessages.of("explain.noSnapshot", String.valueOf(year))));
        List<Map<String, Object>> figures = figures(snapshot, year, sections);
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("$schema", SCHEMA_ID);
        pack.put("format_version", "1");
        pack.put("fiscal_year", year);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", snapshot.id());
        s.put("fingerprint", snapshot.fingerprint());
        s.put("content_sha256", snapshot.contentSha256());
        s.put("engine_version", snapshot.engineVersion());
        s.put("computed_by", snapshot.computedBy());
        s.put("computed_at", snapshot.computedAt().toString());
        s.put("frozen", snapshot.frozen());
        pack.put("snapshot", s);
        pack.put("figures", figures);
        try {
            Path json = dir.resolve("datapack-" + year + ".json");
            Path csv = dir.resolve("datapack-" + year + ".csv");
            PrivateFiles.write(json, Json.write(pack));
            PrivateFiles.write(csv, csv(figures));
            return new DataPack(json, csv, figures.size(), snapshot.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The year's figures and every other figure the report prints: the current snapshot's values,
     * then figures of earlier years the report uses (from their snapshots), then approved entries no
     * calculation carries (policies, plans, targets, structural facts); each marked with the report
     * sections it appears in.
     */
    private List<Map<String, Object>> figures(SnapshotView snapshot, int year, Map<String, List<String>> sections) {
        Map<String, Indicator> indicators = new HashMap<>();
        catalogue.indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, FactView> stored = new HashMap<>();
        for (int y = year - 4; y <= year; y++) {
            facts.list(Optional.of(y)).forEach(f -> stored.put(f.id(), f));
        }
        var tree = organisation.tree();
        List<Map<String, Object>> out = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        List<FindingView> findings = calculations.findings(snapshot.id());
        for (SnapshotValue v : calculations.values(snapshot.id())) {
            out.add(figure(v, indicators.get(v.indicator()), stored.get(v.factId()), tree, findings, sections));
            done.add(v.factId());
        }
        for (int y = year - 1; y >= year - 4; y--) {
            Optional<SnapshotView> earlier = calculations.current(y);
            if (earlier.isEmpty()) {
                continue;
            }
            List<FindingView> theirs = calculations.findings(earlier.get().id());
            for (SnapshotValue v : calculations.values(earlier.get().id())) {
                if (sections.containsKey(v.factId()) && done.add(v.factId())) {
                    out.add(figure(v, indicators.get(v.indicator()), stored.get(v.factId()), tree, theirs, sections));
                }
            }
        }
        for (String id : sections.keySet()) {
            FactView f = stored.get(id);
            if (f != null && done.add(id)) {
                out.add(entry(f, indicators.get(f.indicator()), tree, sections));
            }
        }
        return out;
    }

    private Map<String, Object> figure(SnapshotValue v, Indicator ind, FactView fact, OrganisationTree tree, List<FindingView> findings,
                                       Map<String, List<String>> sections) {
        Map<String, Object> f = head(v.factId(), ind, v.entity(), v.period(), v.breakdown(), tree);
        f.put("available", v.value().isPresent());
        f.put("value", v.value().map(x -> x.toPlainString()).orElse(null));
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
            if (fv.subject().equals(v.key()) || fv.subject().startsWith(v.key() + "[")) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", fv.rule());
                m.put("severity", Codes.code(fv.severity()));
                m.put("message_zh", fv.message().zh());
                m.put("message_en", fv.message().en());
                about.add(m);
            }
        }
        f.put("findings", about);
        report(f, v.factId(), sections);
        return f;
    }

    /**
     * An entry the calculation does not carry that the report prints: an approved policy, plan, target or structural fact, or
     * a figure of a year without a snapshot (not available when its ledger rows had no factor).
     */
    private Map<String, Object> entry(FactView fact, Indicator ind, OrganisationTree tree, Map<String, List<String>> sections) {
        Map<String, Object> f = head(fact.id(), ind, fact.entity(), fact.key().period().code(), fact.key().breakdown().code(), tree);
        BigDecimal value = fact.notAvailable().isPresent() ? null : new BigDecimal(fact.plain());
        f.put("available", value != null);
        f.put("value", value == null ? null : value.toPlainString());
        f.put("disclosed", value == null ? null : org.esgledger.engine.calc.Disclosure.round(value, ind.decimals()).toPlainString());
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
        report(f, fact.id(), sections);
        return f;
    }

    private static Map<String, Object> head(String id, Indicator ind, String entity, String period, String breakdown, OrganisationTree tree) {
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

    private static void report(Map<String, Object> f, String id, Map<String, List<String>> sections) {
        List<String> in = sections.getOrDefault(id, List.of());
        f.put("in_report", !in.isEmpty());
        f.put("report_sections", in);
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
            refs.put(fw.toLowerCase(java.util.Locale.ROOT), codes);
        }
        return refs;
    }

    @SuppressWarnings("unchecked")
    private static String csv(List<Map<String, Object>> figures) {
        StringWriter w = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(w)) {
            csv.writeRecord(CSV_COLUMNS);
            for (Map<String, Object> f : figures) {
                Map<String, Object> p = f.get("provenance") == null ? Map.of() : (Map<String, Object>) f.get("provenance");
                Map<String, Object> refs = (Map<String, Object>) f.get("references");
                List<String> row = new ArrayList<>();
                for (String c : CSV_COLUMNS) {
                    Object v = switch (c) {
                        case "origin", "status" -> p.get(c);
                        case "source_file" -> p.get("file");
                        case "source_row" -> p.get("row");
                        case "szse", "gri", "issb", "sdg" -> String.join(";", (List<String>) refs.get(c));
                        case "inputs" -> String.join(";", (List<String>) f.get("inputs"));
                        case "report_sections" -> String.join(";", (List<String>) f.get("report_sections"));
                        case "findings" -> String.join(";", ((List<Map<String, Object>>) f.get("findings")).stream()
                                .map(x -> x.get("severity") + ":" + x.get("rule")).toList());
                        default -> f.get(c);
                    };
                    String text = v == null ? "" : v.toString();
                    row.add(c.equals("value") ? text : FormulaGuard.defuse(text));
                }
                csv.writeRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + w;
    }
}
