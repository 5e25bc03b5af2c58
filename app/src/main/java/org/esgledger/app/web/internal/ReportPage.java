package org.esgledger.app.web.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.readiness.Readiness;
import org.esgledger.app.report.RenderedFile;
import org.esgledger.app.report.RenderedReports;
import org.esgledger.app.report.Rendering;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report of a fiscal year (docs/web.md): rendering it ({@link RenderedReports#render}, as {@code esg report --year} does:
 * both languages, every format, the workspace's template) and the files of the last rendering with size and SHA-256, each a
 * download. A file is asked for by a name the rendering wrote (never a path), and the service finds it in its manifest.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ReportPage {

    static final String REPORT = "/report";

    /** The media type of each kind of file a rendering writes (the render report is Markdown). */
    static final Map<String, String> TYPES = Map.of("html", "text/html;charset=UTF-8", "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "json", "application/json",
            "csv", "text/csv;charset=UTF-8", "md", "text/markdown;charset=UTF-8");

    private final RenderedReports reports;
    private final Readiness readiness;

    ReportPage(RenderedReports reports, Readiness readiness) {
        this.reports = reports;
        this.readiness = readiness;
    }

    @GetMapping(REPORT)
    String page(@RequestParam Optional<Integer> year, HttpServletRequest request, Model model) {
        return show(SignedInUser.actor(request), ComputePage.year(year, readiness), model);
    }

    @PostMapping(REPORT)
    String render(@RequestParam int year, HttpServletRequest request, Model model) {
        Actor by = SignedInUser.actor(request);
        Rendering r = reports.render(by, year);
        model.addAttribute("rendering", r);
        return show(by, year, model);
    }

    @GetMapping(REPORT + "/files/{name}")
    void download(@PathVariable String name, @RequestParam int year, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        RenderedFile f = reports.file(SignedInUser.actor(request), year, name);
        response.setContentType(TYPES.getOrDefault(f.extension().toLowerCase(Locale.ROOT), "application/octet-stream"));
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.name(), StandardCharsets.UTF_8).build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(f.size());
        Files.copy(f.path(), response.getOutputStream());
    }

    /**
     * An HTML edition or the lineage page viewed in the browser, with the same checks as its download. Its own styles and
     * charts are inline, so it gets a policy of its own: sandboxed (no script runs, no form posts, its own origin), nothing
     * fetched, inline styles and data images only. The year is in the path, so the edition's links to the lineage page
     * ({@code lineage-YYYY.html#F…}) stay in the viewer.
     */
    @GetMapping(REPORT + "/view/{year}/{name}")
    void view(@PathVariable int year, @PathVariable String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        RenderedFile f = reports.file(SignedInUser.actor(request), year, name);
        if (!"html".equalsIgnoreCase(f.extension())) {
            throw new EsgException(AppMessages.of("report.notViewable", name));
        }
        response.setHeader("Content-Security-Policy", VIEWED_POLICY);
        response.setContentType(TYPES.get("html"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLengthLong(f.size());
        Files.copy(f.path(), response.getOutputStream());
    }

    /** The policy of a viewed edition: set before Spring Security's, which then leaves it (it writes its own only when none is set). */
    static final String VIEWED_POLICY = "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:; font-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private String show(Actor by, int year, Model model) {
        Optional<List<RenderedFile>> files = reports.files(by, year);
        model.addAttribute("fy", String.valueOf(year));
        model.addAttribute("firstYear", DashboardPage.FIRST_YEAR);
        model.addAttribute("lastYear", DashboardPage.LAST_YEAR);
        model.addAttribute("files", files.orElse(List.of()));
        model.addAttribute("mayRead", files.isPresent());
        model.addAttribute("mayRender", Authorisation.whyNot(by, Permission.COMPUTE, List.of(Area.WORKSPACE)).isEmpty());
        model.addAttribute("folder", "out/web/" + year);
        return "report";
    }
}
