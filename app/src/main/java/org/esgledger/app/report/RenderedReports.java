package org.esgledger.app.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.workspace.PrivateFiles;
import org.esgledger.app.workspace.Workspace;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.report.Language;
import org.springframework.stereotype.Service;

/**
 * The report as the web application renders it (docs/web.md): the year's editions in both languages and every format, from
 * the workspace's template ({@link Editions}, as {@code esg report --year YYYY} does), into {@code WORKSPACE/out/web/YYYY/},
 * with a manifest ({@value #MANIFEST}, in the format of {@code sha256sum}) of the files written. Only the files the manifest
 * names are ever read back, by their name, and only while their SHA-256 is still the one recorded. Rendering is a manager's
 * ({@link Permission#COMPUTE}); reading the files needs {@link Permission#READ} on the whole workspace (an admin, a manager or
 * an auditor: the group's report before publication is not a contributor's to take away).
 */
@Service
public class RenderedReports {

    /** The manifest of a rendering: {@code SHA-256  name} per file, as {@code sha256sum} writes and checks it. */
    public static final String MANIFEST = "SHA256SUMS";

    private final Editions editions;
    private final ReportTemplates templates;
    private final Authorisation authorisation;
    private final Path workspace;
    private final Path folder;

    RenderedReports(Editions editions, ReportTemplates templates, Authorisation authorisation, Workspace workspace) {
        this.editions = editions;
        this.templates = templates;
        this.authorisation = authorisation;
        this.workspace = workspace.directory();
        this.folder = this.workspace.resolve("out").resolve("web");
    }

    /** The folder of a year's rendering. */
    public Path folder(int year) {
        return folder.resolve(String.valueOf(year));
    }

    /**
     * Renders the year as {@code esg report --year YYYY} does (both languages, every format, the workspace's template, the
     * starter template written first when there is none), replacing the year's last rendering; one rendering at a time.
     */
    public synchronized Rendering render(Actor by, int year) {
        authorisation.require(by, Permission.COMPUTE, Action.REPORT, Area.WORKSPACE);
        Path template = ReportTemplates.workspaceTemplate(workspace, year);
        templates.installStarter(template, year);
        Path dir = folder(year);
        try {
            PrivateFiles.folder(dir);
            for (String name : manifest(dir).keySet()) {
                Files.deleteIfExists(dir.resolve(name));
            }
            Files.deleteIfExists(dir.resolve(MANIFEST));
            Rendering r = editions.render(by, new RenderOptions(year, template, List.of(Language.ZH, Language.EN),
                    Set.copyOf(RenderOptions.FORMATS), dir, false, false));
            List<Path> written = new ArrayList<>(r.files());
            written.add(r.renderReport());
            StringBuilder lines = new StringBuilder();
            for (Path f : written) {
                lines.append(sha256(f)).append("  ").append(f.getFileName()).append('\n');
            }
            PrivateFiles.write(dir.resolve(MANIFEST), lines.toString());
            return r;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of the year's last rendering, when the reader may read them (else empty: nothing is recorded for a list). */
    public Optional<List<RenderedFile>> files(Actor reader, int year) {
        if (Authorisation.whyNot(reader, Permission.READ, List.of(Area.WORKSPACE)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(list(year));
    }

    /**
     * One file of the year's last rendering, by its name: refused (recorded) for a reader who may not read the workspace's
     * report; refused when the last rendering wrote no file of that name, or when the file is no longer the one written.
     */
    public RenderedFile file(Actor reader, int year, String name) {
        authorisation.require(reader, Permission.READ, Action.READ, Area.WORKSPACE);
        RenderedFile file = list(year).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new EsgException(AppMessages.of("report.noSuchFile", name, String.valueOf(year))));
        try {
            if (!sha256(file.path()).equals(file.sha256())) {
                throw new EsgException(AppMessages.of("report.fileChanged", name, file.sha256()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private List<RenderedFile> list(int year) {
        Path dir = folder(year);
        List<RenderedFile> out = new ArrayList<>();
        try {
            for (Map.Entry<String, String> e : manifest(dir).entrySet()) {
                Path f = dir.resolve(e.getKey());
                if (Files.isRegularFile(f)) {
                    out.add(new RenderedFile(e.getKey(), Files.size(f), e.getValue(), f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The manifest's names (plain file names only, as written) and SHA-256s, in order; empty when there is none. */
    private static Map<String, String> manifest(Path dir) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        Path file = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(file)) {
            return out;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int gap = line.indexOf("  ");
            String name = gap < 0 ? "" : line.substring(gap + 2);
            if (gap == 64 && !name.isEmpty() && !name.contains("/") && !name.contains("\\") && !name.startsWith(".")) {
                out.put(name, line.substring(0, gap));
            }
        }
        return out;
    }

    private static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
