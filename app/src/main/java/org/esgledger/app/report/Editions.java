package org.esgledger.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.app.calculation.Calculations;
import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.calculation.Explanations;
import org.esgledger.app.calculation.FindingView;
import org.esgledger.app.calculation.SnapshotValue;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.FactView;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.report.internal.DocxEdition;
import org.esgledger.app.report.internal.EditionMarkup;
import org.esgledger.app.report.internal.LineagePage;
import org.esgledger.app.report.internal.PdfEdition;
import org.esgledger.app.report.internal.Registers;
import org.esgledger.app.report.internal.SnapshotReportData;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.report.Composition;
import org.esgledger.engine.report.Language;
import org.esgledger.engine.report.ReportComposer;
import org.esgledger.engine.report.template.ReportTemplate;
import org.esgledger.engine.report.template.TemplateReader;
import org.esgledger.engine.catalogue.Codes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Renders the report's editions from a template and the year's current snapshot: composes each
 * language first (so a strict render that finds a missing figure writes nothing), then writes the
 * requested formats into a scratch folder and moves them into place, with the lineage page, the
 * data pack and the render report.
 */
@Service
public class Editions {

    private final Calculations calculations;
    private final Catalogue catalogue;
    private final Organisation organisation;
    private final Facts facts;
    private final DataPacks dataPacks;
    private final Explanations explanations;

    Editions(Calculations calculations, Catalogue catalogue, Organisation organisation, Facts facts, DataPacks dataPacks,
             Explanations explanations) {
        this.explanations = explanations;
        this.calculations = calculations;
        this.catalogue = catalogue;
        this.organisation = organisation;
        this.facts = facts;
        this.dataPacks = dataPacks;
    }

    @Transactional(readOnly = true)
    public Rendering render(RenderOptions o) {
        for (String f : o.formats()) {
            if (!RenderOptions.FORMATS.contains(f)) {
                throw new EsgException(AppMessages.of("report.format", f, String.join(", ", RenderOptions.FORMATS)));
            }
        }
        SnapshotView snapshot = calculations.current(o.year())
                .orElseThrow(() -> new EsgException(AppMessages.of("explain.noSnapshot", String.valueOf(o.year()))));
        ReportTemplate template = readTemplate(o.template());
        if (template.year() != o.year()) {
            throw new EsgException(AppMessages.of("report.templateYear", o.template().toString(), String.valueOf(template.year()),
                    String.valueOf(o.year())));
        }
        Path folder = o.template().toAbsolutePath().getParent();
        SnapshotReportData data = new SnapshotReportData(o.year(), calculations, catalogue, organisation, facts, new Registers(folder.resolve("registers")));
        Map<Language, Composition> editions = new LinkedHashMap<>();
        for (Language l : o.languages()) {
            editions.put(l, ReportComposer.compose(template, l, data));
        }
        Set<String> missing = new LinkedHashSet<>();
        editions.forEach((l, c) -> c.missing().forEach(m -> missing.add(m.ref() + " (" + m.partId() + ")")));
        if (o.strict() && !missing.isEmpty()) {
            throw new EsgException(AppMessages.of("report.strict", String.valueOf(missing.size()), String.join("; ", missing)));
        }
        List<SnapshotValue> values = calculations.values(snapshot.id());
        Set<String> used = new TreeSet<>();
        editions.values().forEach(c -> c.used().forEach(u -> used.add(u.factId())));
        List<String> unused = new ArrayList<>();
        Map<String, SnapshotValue> byId = new HashMap<>();
        for (SnapshotValue v : values) {
            byId.put(v.factId(), v);
            if (v.value().isPresent() && !used.contains(v.factId())) {
                unused.add(v.key());
            }
        }
        List<String> findings = new ArrayList<>();
        for (FindingView f : calculations.findings(snapshot.id())) {
            boolean touches = used.stream().map(byId::get).anyMatch(v -> v != null
                    && (f.subject().equals(v.key()) || f.subject().startsWith(v.key() + "[")));
            if (touches) {
                findings.add(f.rule() + " [" + Codes.code(f.severity()) + "] " + f.subject() + ": " + f.message().en() + " / " + f.message().zh());
            }
        }
        List<Path> files = write(o, editions, used);
        Path report = o.out().resolve("render-report-" + o.year() + ".md");
        String text = RenderReports.markdown(o.year(), snapshot.id(), files, editions, unused, findings, data::notAvailable);
        try {
            PrivateFiles.write(report, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendering(files, List.copyOf(missing), unused, findings, report, used.size(), snapshot.id());
    }

    private List<Path> write(RenderOptions o, Map<Language, Composition> editions, Set<String> used) {
        List<Path> files = new ArrayList<>();
        Path scratch = null;
        try {
            PrivateFiles.folder(o.out());
            scratch = Files.createTempDirectory(o.out(), ".render-");
            List<Path> written = new ArrayList<>();
            String lineage = "lineage-" + o.year() + ".html";
            for (Map.Entry<Language, Composition> e : editions.entrySet()) {
                String base = "report-" + o.year() + "-" + e.getKey().name().toLowerCase(java.util.Locale.ROOT);
                if (o.formats().contains("html")) {
                    Path f = scratch.resolve(base + ".html");
                    String other = editions.keySet().stream().filter(l -> l != e.getKey()).findFirst()
                            .map(l -> "report-" + o.year() + "-" + l.name().toLowerCase(java.util.Locale.ROOT) + ".html").orElse(null);
                    Files.writeString(f, EditionMarkup.screen(e.getValue().document(), lineage, other), StandardCharsets.UTF_8);
                    written.add(f);
                }
                if (o.formats().contains("pdf")) {
                    Path f = scratch.resolve(base + ".pdf");
                    PdfEdition.write(e.getValue().document(), f);
                    written.add(f);
                }
                if (o.formats().contains("docx")) {
                    Path f = scratch.resolve(base + ".docx");
                    DocxEdition.write(e.getValue().document(), f);
                    written.add(f);
                }
            }
            if (o.formats().contains("html")) {
                List<ExplainNode> explained = new ArrayList<>();
                for (int y = o.year() - 4; y <= o.year(); y++) {
                    calculations.current(y).ifPresent(snap -> explained.addAll(explanations.explainAll(snap.id())));
                }
                Set<String> inSnapshots = new java.util.HashSet<>();
                explained.forEach(n -> inSnapshots.add(n.factId()));
                Map<String, FactView> stored = new HashMap<>();
                for (int y = o.year() - 4; y <= o.year(); y++) {
                    facts.list(Optional.of(y)).forEach(f -> stored.put(f.id(), f));
                }
                List<FactView> entries = used.stream().filter(id -> !inSnapshots.contains(id) && stored.containsKey(id)).map(stored::get).toList();
                Path f = scratch.resolve(lineage);
                Files.writeString(f, LineagePage.html(o.year(), explained, entries), StandardCharsets.UTF_8);
                written.add(f);
            }
            for (Path f : written) {
                PrivateFiles.restrict(f);
                files.add(Files.move(f, o.out().resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING));
            }
            Files.delete(scratch);
            scratch = null;
            if (o.formats().contains("json") || o.formats().contains("csv")) {
                Map<String, List<String>> sections = new java.util.TreeMap<>();
                editions.values().forEach(c -> c.used().forEach(u -> {
                    if (!u.factId().isEmpty()) {
                        List<String> in = sections.computeIfAbsent(u.factId(), k -> new ArrayList<>());
                        if (!in.contains(u.partId())) {
                            in.add(u.partId());
                        }
                    }
                }));
                DataPack pack = dataPacks.write(o.year(), o.out(), sections);
                if (o.formats().contains("json")) {
                    files.add(pack.json());
                }
                if (o.formats().contains("csv")) {
                    files.add(pack.csv());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            removeScratch(scratch);
        }
        return files;
    }

    /** A scratch folder left by a failed write goes: the editions already in place stay as they were. */
    private static void removeScratch(Path scratch) {
        if (scratch == null) {
            return;
        }
        try (var walk = Files.walk(scratch)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // nothing more to do: the folder's name starts with a dot and says what it is
        }
    }

    private static ReportTemplate readTemplate(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new EsgException(AppMessages.of("report.noTemplate", file.toString()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return TemplateReader.read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
