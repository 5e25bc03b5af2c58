package org.esgledger.app.web.internal;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.organisation.OrganisationCheck;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The organisation tree (docs/web.md): read by whoever reads the whole workspace; downloaded as the file {@code esg load entities}
 * reads; changed by uploading a revised file: a dry run through the loader's own check ({@link Organisation#check}), then, with a
 * reason, the load itself ({@link Organisation#loadEntities}) in one transaction, recorded. Who may: checked in the service.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class OrganisationPage {

    static final String PAGE = "/admin/organisation";
    /** An organisation file is a few hundred rows: far below this. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Organisation organisation;

    OrganisationPage(Organisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping(PAGE)
    String page(@RequestParam(required = false) Integer loaded, HttpServletRequest request, Model model) {
        model.addAttribute("rows", organisation.rows(SignedInUser.actor(request)));
        model.addAttribute("loaded", loaded);
        return "organisation";
    }

    @GetMapping(PAGE + ".csv")
    void csv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] csv = organisation.csv(SignedInUser.actor(request));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("entities.csv").build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(csv.length);
        response.getOutputStream().write(csv);
    }

    @PostMapping(PAGE + "/upload")
    String upload(@RequestParam MultipartFile file, HttpServletRequest request, Model model) throws IOException {
        Actor by = SignedInUser.actor(request);
        organisation.requireChange(by);
        String name = UploadedName.of(file.getOriginalFilename());
        if (file.getSize() > MAX_BYTES) {
            throw new EsgException(AppMessages.of("organisation.fileTooLarge", name, MAX_BYTES));
        }
        try (InputStream in = file.getInputStream()) {
            UploadedType.require(name, in);
        }
        SourceFile source = new SourceFile(name, file.getBytes());
        OrganisationCheck check = organisation.check(source, by);
        if (check.loadable()) {
            new PendingOrganisation(by.name(), name, source.bytes(), check.sha256()).keep(request.getSession());
        }
        model.addAttribute("check", check);
        return "organisation-check";
    }

    @PostMapping(PAGE + "/confirm")
    String confirm(@RequestParam(defaultValue = "") String sha256, @RequestParam(defaultValue = "") String reason,
                  HttpServletRequest request) {
        Actor by = SignedInUser.actor(request);
        organisation.requireChange(by);
        HttpSession session = request.getSession();
        PendingOrganisation pending = PendingOrganisation.of(session, by.name(), sha256)
                .orElseThrow(() -> new EsgException(AppMessages.of("organisation.notKept")));
        if (reason.isBlank()) {
            throw new EsgException(AppMessages.of("organisation.reasonRequired"));
        }
        int loaded = organisation.loadEntities(new SourceFile(pending.name(), pending.bytes()), by, reason.strip()).size();
        PendingOrganisation.forget(session);
        return "redirect:" + PAGE + "?loaded=" + loaded;
    }
}
