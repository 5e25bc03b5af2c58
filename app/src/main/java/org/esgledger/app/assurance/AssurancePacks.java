package org.esgledger.app.assurance;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.esgledger.app.assurance.internal.LineageFile;
import org.esgledger.app.assurance.internal.PackReadme;
import org.esgledger.app.assurance.internal.PackTables;
import org.esgledger.app.assurance.internal.PackZip;
import org.esgledger.app.assurance.internal.YearContents;
import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.Explanations;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.report.DataPack;
import org.esgledger.app.report.DataPacks;
import org.esgledger.app.report.ReportTemplates;
import org.esgledger.app.report.TemplateFigures;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assurance pack of a fiscal year (docs/formats/assurance-pack.md), written as a ZIP stream: the data pack
 * ({@link DataPacks}, as the report writes it), the lineage of every value of the year's current snapshot
 * ({@link Explanations#explainAll}) and the ledger rows its computed values count, the ledger batches' provenance, the audit
 * chain up to its head, the evidence files of the year's facts and batches (each read out of the store and checked against
 * its SHA-256 before it goes in: a file that no longer matches refuses the pack), {@code pack.json}, a README and
 * {@value PackZip#MANIFEST}. All read in one repeatable-read transaction, so that every file is of the same moment (the data
 * pack's audit head is the pack's). Only for a reader of the whole workspace ({@link Permission#READ}: an admin, a manager or
 * an auditor); a refusal is recorded, a pack made is not (reads are not recorded, docs/web.md "Who reads what").
 */
@Service
public class AssurancePacks {

    private final Authorisation authorisation;
    private final Calculations calculations;
    private final Explanations explanations;
    private final DataPacks dataPacks;
    private final TemplateFigures templateFigures;
    private final Path workspace;
    private final YearContents contents;
    private final Changes changes;
    private final Clock clock;

    AssurancePacks(Authorisation authorisation, Calculations calculations, Explanations explanations, DataPacks dataPacks,
                   TemplateFigures templateFigures, Workspace workspace, YearContents contents, Changes changes, Optional<Clock> clock) {
        this.templateFigures = templateFigures;
        this.workspace = workspace.directory();
        this.authorisation = authorisation;
        this.calculations = calculations;
        this.explanations = explanations;
        this.dataPacks = dataPacks;
        this.contents = contents;
        this.changes = changes;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Whether the reader may take a pack (nothing recorded: for a page to offer it or not). */
    public static boolean mayRead(Actor reader) {
        return Authorisation.whyNot(reader, Permission.READ, List.of(Area.WORKSPACE)).isEmpty();
    }

    /** The year's current snapshot, which a pack would hold. */
    @Transactional(readOnly = true)
    public Optional<SnapshotView> snapshot(int year) {
        return calculations.current(year);
    }

    /**
     * Writes the year's pack into {@code out} (which the caller closes). Refused (recorded) for a reader who may not read the
     * whole workspace, refused when the year has no snapshot, both before a byte is written; refused when an evidence file
     * read out of the store no longer has its recorded SHA-256 and size ({@code out} then holds part of a pack: write it to
     * a temporary file and keep that only when this returns).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AssurancePack write(Actor by, int year, OutputStream out) {
        authorisation.require(by, Permission.READ, Action.READ, Area.WORKSPACE);
        SnapshotView snapshot = calculations.current(year)
                .orElseThrow(() -> new EsgException(AppMessages.of("explain.noSnapshot", String.valueOf(year))));
        ChainHead head = changes.head();
        Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try (PackZip zip = new PackZip(out, at)) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put("figures", dataPack(zip, year));
            counts.put("lineage_values", lineage(zip, snapshot));
            YearContents.Year content = contents.of(by, snapshot, zip);
            counts.put("ledger_batches", content.batches().size());
            counts.put("ledger_rows", content.rows());
            List<AuditEvent> events = changes.events(AuditQuery.ALL).stream().filter(e -> e.seq() <= head.seq()).toList();
            zip.write("audit-events.csv", o -> PackTables.auditEvents(o, events));
            counts.put("audit_events", events.size());
            for (EvidenceView e : content.evidence()) {
                contents.evidence(by, e, zip);
            }
            zip.write("evidence-" + year + ".csv", o -> PackTables.evidence(o, content.evidence()));
            counts.put("evidence_files", content.evidence().size());
            PackReadme.About about = new PackReadme.About(year, snapshot, by.name(), at, head, counts);
            zip.text(PackReadme.JSON, PackReadme.json(about));
            zip.text(PackReadme.TEXT, PackReadme.text(about));
            Map<String, String> files = zip.finish();
            return new AssurancePack(year, snapshot.id(), by.name(), at, head, files, content.evidence().size(), events.size());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int dataPack(PackZip zip, int year) throws IOException {
        Path dir = Files.createTempDirectory("esg-assurance-");
        try {
            DataPack pack = dataPacks.write(year, dir, sections(year));
            zip.copy(pack.json().getFileName().toString(), pack.json());
            zip.copy(pack.csv().getFileName().toString(), pack.csv());
            return pack.figures();
        } finally {
            try (var files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The report sections printing each figure, as {@code esg report} marks them in its data pack: from the workspace's
     * template of the year (else the starter template), composed as the report composes it, without writing anything.
     */
    private Map<String, List<String>> sections(int year) {
        Map<String, List<String>> sections = new TreeMap<>();
        templateFigures.of(year, ReportTemplates.workspaceTemplate(workspace, year)).figures().forEach(f -> {
            if (!f.factId().isEmpty()) {
                List<String> in = sections.computeIfAbsent(f.factId(), k -> new ArrayList<>());
                if (!in.contains(f.section())) {
                    in.add(f.section());
                }
            }
        });
        return sections;
    }

    private int lineage(PackZip zip, SnapshotView snapshot) throws IOException {
        var values = explanations.explainAll(snapshot.id());
        zip.write("lineage-" + snapshot.fiscalYear() + ".json", o -> LineageFile.write(o, snapshot, values));
        return values.size();
    }
}
