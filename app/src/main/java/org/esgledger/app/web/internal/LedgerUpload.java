package org.esgledger.app.web.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.ledger.ImportOptions;
import org.esgledger.app.ledger.ImportReport;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A ledger upload (docs/web.md): the file is kept ({@link PendingUploads}) and first imported as a dry run
 * ({@link Ledgers#importUpload}, what {@code esg import --dry-run} does), whose accepted, rejected and
 * skipped rows the page shows with every reason in the user's language; the user then confirms, which
 * imports the very bytes checked (their SHA-256 checked again), or cancels, which deletes them.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LedgerUpload {

    static final String UPLOAD = LedgerPages.LEDGERS + "/upload";

    private final Ledgers ledgers;
    private final PendingUploads pending;

    LedgerUpload(Ledgers ledgers, PendingUploads pending) {
        this.ledgers = ledgers;
        this.pending = pending;
    }

    @PostMapping(UPLOAD)
    String check(@RequestParam String kind, @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "refuse") String overlap,
                 @RequestParam(defaultValue = "") String reason, HttpServletRequest request, Model model) {
        Actor by = LedgerPages.actor(request);
        ImportOptions.Overlap mode = overlap(overlap);
        if (mode == ImportOptions.Overlap.REPLACE && reason.isBlank()) {
            throw new EsgException(AppMessages.of("ledger.replaceReason"));
        }
        HttpSession session = request.getSession();
        PendingUpload upload = pending.keep(session, file, kind, by.name(), mode, reason);
        try {
            ImportReport report = ledgers.importUpload(kind, upload.path(), upload.fileName(), upload.sha256(), options(upload, by, true));
            model.addAttribute("upload", upload);
            model.addAttribute("report", report);
            model.addAttribute("headers", ledgers.headers(kind));
            model.addAttribute("refused", report.wouldBeRefused(mode));
            model.addAttribute("shown", LedgerPages.SHOWN);
            return "ledger-check";
        } catch (RuntimeException e) {
            pending.discard(session, upload);
            throw e;
        }
    }

    /** The address of a dry run's page, asked again (its language switch, a reload): the upload form. */
    @GetMapping({UPLOAD, UPLOAD + "/{id}/*"})
    String form() {
        return "redirect:" + LedgerPages.LEDGERS;
    }

    @PostMapping(UPLOAD + "/{id}/confirm")
    String confirm(@PathVariable String id, @RequestParam String sha256, HttpServletRequest request) {
        Actor by = LedgerPages.actor(request);
        HttpSession session = request.getSession();
        PendingUpload upload = pending.find(session, id, sha256, by);
        ImportReport report;
        try {
            report = ledgers.importUpload(upload.kind(), upload.path(), upload.fileName(), upload.sha256(), options(upload, by, false));
        } finally {
            pending.discard(session, upload);
        }
        // htmx follows the redirect and shows the batch's page under its address (hx-push-url)
        return "redirect:" + LedgerPages.LEDGERS + "/" + report.batch().orElseThrow() + "?imported=1";
    }

    @PostMapping(UPLOAD + "/{id}/cancel")
    String cancel(@PathVariable String id, @RequestParam String sha256, HttpServletRequest request) {
        HttpSession session = request.getSession();
        pending.discard(session, pending.find(session, id, sha256, LedgerPages.actor(request)));
        return "redirect:" + LedgerPages.LEDGERS + "?cancelled=1";
    }

    private static ImportOptions options(PendingUpload upload, Actor by, boolean dryRun) {
        return new ImportOptions(dryRun, upload.overlap(), by, Optional.empty(), Optional.empty(), null, upload.reason());
    }

    private static ImportOptions.Overlap overlap(String code) {
        return switch (code) {
            case "add" -> ImportOptions.Overlap.ADD;
            case "replace" -> ImportOptions.Overlap.REPLACE;
            default -> ImportOptions.Overlap.REFUSE;
        };
    }
}
