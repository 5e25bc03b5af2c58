package org.esgledger.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.report.internal.ApprovalTrace;
import org.esgledger.app.report.internal.FigurePlaces;
import org.esgledger.app.report.internal.FigureStandings;
import org.esgledger.app.report.internal.SnapshotReportData;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.app.workspace.WorkspaceStore;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.report.Composition;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.ReportComposer;
import org.esgledger.engine.report.template.ReportTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders the report's editions from a template and the year's current snapshot: composes each
 * language first (so a strict render that finds a missing figure writes nothing), then writes the
 * edition files with their lineage page, the data pack, and the render report.
 */
@Service
public class Editions {

    private final Calculations calculations;
    private final Facts facts;
    private final DataPacks dataPacks;
    private final LineagePages lineagePages;
    private final ReportTemplates templates;
    private final WorkspaceStore workspaceStore;
    private final Changes changes;
    private final ReportSources sources;
    private final Authorisation authorisation;

    Editions(Calculations calculations, Facts facts, DataPacks dataPacks, LineagePages lineagePages, ReportTemplates templates,
             WorkspaceStore workspaceStore, Changes changes, ReportSources sources, Authorisation authorisation) {
        this.authorisation = authorisation;
        this.sources = sources;
        this.changes = changes;
        this.workspaceStore = workspaceStore;
        this.calculations = calculations;
        this.facts = facts;
        this.dataPacks = dataPacks;
        this.lineagePages = lineagePages;
        this.templates = templates;
    }

    /**
     * Renders as {@code by} would: rendering the group's report is the ESG manager's ({@code COMPUTE}, as computing), checked
     * by the one check and a refusal recorded ({@code attempted}: {@code report}), for the command line and the browser alike.
     */
    @Transactional(readOnly = true)
    public Rendering render(Actor by, RenderOptions o) {
        authorisation.require(by, Permission.COMPUTE, Action.REPORT, Area.WORKSPACE);
        return render(o);
    }

    /** Renders without asking who: the demo's set-up and tests; a user's rendering goes through {@link #render(Actor, RenderOptions)}. */
    @Transactional(readOnly = true)
    public Rendering render(RenderOptions o) {
        workspaceStore.requireSetUp();
        SnapshotView snapshot = calculations.current(o.year())
                .orElseThrow(() -> new EsgException(AppMessages.of("explain.noSnapshot", String.valueOf(o.year()))));
        ReportTemplate template = templates.read(o.template(), o.year());
        SnapshotReportData data = sources.of(o.year(), o.template());
        Map<Language, Composition> editions = new LinkedHashMap<>();
        o.languages().forEach(l -> editions.put(l, ReportComposer.compose(template, l, data)));
        List<String> missing = missing(editions);
        if (o.strict() && !missing.isEmpty()) {
            throw new EsgException(AppMessages.of("report.strict", String.valueOf(missing.size()), String.join("; ", missing)));
        }
        FigureUse use = FigureUse.of(editions.values(), calculations.values(snapshot.id()));
        Map<String, FactStatus> statuses = new HashMap<>();
        facts.list(Optional.empty()).forEach(f -> statuses.put(f.id(), f.status()));
        List<String> notApproved = resting(editions, ApprovalTrace.notApproved(use.byId(), statuses));
        if (o.finalEdition() && !notApproved.isEmpty()) {
            throw new EsgException(AppMessages.of("report.final", String.valueOf(notApproved.size()), String.join("; ", notApproved)));
        }
        List<FindingView> about = use.aboutPrinted(calculations.findings(snapshot.id()));
        List<String> findings = use.findingsAbout(about);
        ChainHead head = changes.head();
        Set<String> asPublished = new HashSet<>();
        editions.values().forEach(c -> c.asPublished().forEach(u -> asPublished.add(u.factId())));
        FigureStandings standings = sources.standings(o.year(), asPublished);
        EditionFiles.Written written = EditionFiles.write(o, editions, pages -> o.wants(ReportFormat.HTML)
                ? Optional.of(lineagePages.html(o.year(), FigurePlaces.of(editions, pages), standings, about, head)) : Optional.empty());
        List<Path> files = new ArrayList<>(written.files());
        files.addAll(dataPack(o, FigurePlaces.of(editions, written.pages()), standings, head));
        Set<String> byEntrant = facts.approvedByEntrant(statuses.keySet());
        Path report = o.out().resolve("render-report-" + o.year() + ".md");
        write(report, RenderReports.markdown(o.year(), snapshot.id(), files, editions, use.unused(), findings, data::notAvailable)
                + RenderReports.notApproved(notApproved)
                + RenderReports.approvedByEntrant(resting(editions, new ApprovalTrace(use.byId(), byEntrant::contains))));
        return new Rendering(files, missing, use.unused(), findings, report, use.used().size(), snapshot.id());
    }

    /** The references without a value, each with the section it is in, once across the editions. */
    private static List<String> missing(Map<Language, Composition> editions) {
        Set<String> missing = new LinkedHashSet<>();
        editions.forEach((l, c) -> c.missing().forEach(m -> missing.add(m.ref() + " (" + m.partId() + ")")));
        return List.copyOf(missing);
    }

    /**
     * The printed figures resting on a value the trace picks out, once across the editions, each as
     * {@code ref (section): fact ids}: those not approved ({@code --final} refuses them), those approved by
     * the person who entered them.
     */
    private static List<String> resting(Map<Language, Composition> editions, ApprovalTrace trace) {
        Set<String> out = new LinkedHashSet<>();
        editions.values().forEach(c -> c.used().stream().filter(u -> !u.factId().isEmpty()).forEach(u -> {
            Set<String> under = trace.under(u.factId());
            if (!under.isEmpty()) {
                String ref = u.ref().toString();
                out.add((ref.contains("|") ? ref.substring(0, ref.indexOf('|')) : ref) + " (" + u.partId() + "): " + String.join(", ", under));
            }
        }));
        return List.copyOf(out);
    }

    /** The data pack, when JSON or CSV is wanted, marking each figure with the sections and pages that print it and where it stands. */
    private List<Path> dataPack(RenderOptions o, FigurePlaces places, FigureStandings standings, ChainHead head) {
        if (!o.wants(ReportFormat.JSON) && !o.wants(ReportFormat.CSV)) {
            return List.of();
        }
        DataPack pack = dataPacks.write(o.year(), o.out(), new DataPackFigures.Marks(places.sections(), Optional.of(places), standings), head);
        List<Path> files = new ArrayList<>();
        if (o.wants(ReportFormat.JSON)) {
            files.add(pack.json());
        }
        if (o.wants(ReportFormat.CSV)) {
            files.add(pack.csv());
        }
        return files;
    }

    private static void write(Path file, String text) {
        try {
            PrivateFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
