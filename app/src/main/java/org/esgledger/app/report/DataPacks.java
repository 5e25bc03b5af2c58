package org.esgledger.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.engine.catalogue.Indicator;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.report.ReportingWindow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The machine-readable data pack of a year ({@code docs/formats/datapack.md}): every value of the
 * year's current snapshot with its indicator, entity, period, breakdown, exact and disclosed value,
 * unit and decimals, framework references, derivation and lineage, provenance of stored facts, and
 * the consistency findings about it; as JSON (schema {@code docs/formats/datapack.schema.json}) and
 * as CSV. Both carry the head of the audit chain as it stood when the pack was written, the anchor
 * {@code esg audit verify --head} checks.
 */
@Service
public class DataPacks {

    static final String SCHEMA_ID = "https://esgledger.org/schema/datapack-1.json";
    static final List<String> CSV_COLUMNS = DataPackCsv.COLUMNS;

    private final Calculations calculations;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Facts facts;
    private final Changes changes;

    private final ReportSources sources;

    DataPacks(Calculations calculations, Catalogue catalogue, Organisation organisation, Facts facts, Changes changes, ReportSources sources) {
        this.sources = sources;
        this.changes = changes;
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
        return write(year, dir, new DataPackFigures.Marks(sections, Optional.empty(), sources.standings(year, Set.of())), changes.head());
    }

    /**
     * As {@link #write(int, Path, Map)}, for a render: the figures marked with the sections and PDF pages printing them and
     * where they stand, and the audit chain's head read by the caller (the render prints the same one in its lineage page).
     */
    @Transactional(readOnly = true)
    DataPack write(int year, Path dir, DataPackFigures.Marks marks, ChainHead head) {
        SnapshotView snapshot = calculations.current(year)
                .orElseThrow(() -> new EsgException(AppMessages.of("explain.noSnapshot", String.valueOf(year))));
        List<Map<String, Object>> figures = figures(snapshot, new ReportingWindow(year), marks);
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("$schema", SCHEMA_ID);
        pack.put("format_version", "1");
        pack.put("fiscal_year", year);
        pack.put("snapshot", snapshot(snapshot));
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("seq", head.seq());
        audit.put("sha256", head.sha256());
        pack.put("audit_head", audit);
        pack.put("figures", figures);
        try {
            Path json = dir.resolve("datapack-" + year + ".json");
            Path csv = dir.resolve("datapack-" + year + ".csv");
            PrivateFiles.write(json, Json.write(pack));
            PrivateFiles.write(csv, DataPackCsv.of(figures, head));
            return new DataPack(json, csv, figures.size(), snapshot.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> snapshot(SnapshotView snapshot) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", snapshot.id());
        s.put("fingerprint", snapshot.fingerprint());
        s.put("content_sha256", snapshot.contentSha256());
        s.put("engine_version", snapshot.engineVersion());
        s.put("computed_by", snapshot.computedBy());
        s.put("computed_at", snapshot.computedAt().toString());
        s.put("frozen", snapshot.frozen());
        return s;
    }

    /**
     * The year's figures and every other figure the report prints: the current snapshot's values,
     * then figures of earlier years of the window the report uses (from their snapshots, the latest
     * year first), then approved entries no calculation carries (policies, plans, targets,
     * structural facts); each marked with the report sections it appears in.
     */
    private List<Map<String, Object>> figures(SnapshotView snapshot, ReportingWindow window, DataPackFigures.Marks marks) {
        Map<String, List<String>> sections = marks.sections();
        Map<String, Indicator> indicators = new HashMap<>();
        catalogue.indicators().forEach(i -> indicators.put(i.code(), i));
        Map<String, FactView> stored = new HashMap<>();
        for (int y : window.years()) {
            facts.list(Optional.of(y)).forEach(f -> stored.put(f.id(), f));
        }
        DataPackFigures pack = new DataPackFigures(indicators, organisation.tree(), marks);
        List<Map<String, Object>> out = new ArrayList<>();
        Set<String> done = new HashSet<>();
        List<FindingView> findings = calculations.findings(snapshot.id());
        for (SnapshotValue v : calculations.values(snapshot.id())) {
            out.add(pack.figure(v, stored.get(v.factId()), findings));
            done.add(v.factId());
        }
        for (int y : window.earlier()) {
            Optional<SnapshotView> earlier = calculations.current(y);
            if (earlier.isPresent()) {
                List<FindingView> theirs = calculations.findings(earlier.get().id());
                for (SnapshotValue v : calculations.values(earlier.get().id())) {
                    if (sections.containsKey(v.factId()) && done.add(v.factId())) {
                        out.add(pack.figure(v, stored.get(v.factId()), theirs));
                    }
                }
            }
        }
        for (String id : sections.keySet()) {
            FactView f = stored.get(id);
            if (f != null && done.add(id)) {
                out.add(pack.entry(f));
            }
        }
        return out;
    }
}
