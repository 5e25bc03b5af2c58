package org.esgledger.app.web.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.Area;
import org.esgledger.app.audit.Authorisation;
import org.esgledger.app.audit.Permission;
import org.esgledger.app.ledger.BatchView;
import org.esgledger.app.ledger.LedgerBatches;
import org.esgledger.app.ledger.Ledgers;
import org.esgledger.app.ledger.Rejection;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.review.Selection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ledgers (docs/web.md): the batch list with provenance, the upload form ({@link LedgerUpload} takes
 * the upload), one batch with its rejected rows, its rejection report as CSV or XLSX, its submission for
 * review, and a kind's XLSX template. What a user may read and do is the services' to say
 * ({@link LedgerBatches}, {@link Reviews}).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class LedgerPages {

    static final String LEDGERS = "/ledgers";
    /** Rejected rows shown on a page; the reports hold them all. */
    static final int SHOWN = 200;
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Ledgers ledgers;
    private final LedgerBatches batches;
    private final Reviews reviews;

    LedgerPages(Ledgers ledgers, LedgerBatches batches, Reviews reviews) {
        this.ledgers = ledgers;
        this.batches = batches;
        this.reviews = reviews;
    }

    @GetMapping(LEDGERS)
    String list(@RequestParam Optional<String> kind, @RequestParam Optional<Long> replace, HttpServletRequest request, Model model) {
        List<BatchView> list = batches.list(actor(request));
        model.addAttribute("batches", list);
        model.addAttribute("kinds", ledgers.kinds());
        model.addAttribute("kind", kind.filter(ledgers.kinds()::contains).orElse(""));
        model.addAttribute("replace", replace.flatMap(id -> list.stream().filter(b -> b.id() == id && b.inForce()).findFirst()).orElse(null));
        model.addAttribute("tooLarge", request.getParameter("too-large") != null);
        model.addAttribute("cancelled", request.getParameter("cancelled") != null);
        model.addAttribute("maxBytes", PendingUploads.MAX_BYTES);
        return "ledgers";
    }

    @GetMapping(LEDGERS + "/{id}")
    String batch(@PathVariable long id, HttpServletRequest request, Model model) {
        Actor reader = actor(request);
        BatchView batch = batches.batch(reader, id);
        List<Rejection> rejections = batches.rejections(reader, id);
        model.addAttribute("batch", batch);
        model.addAttribute("headers", ledgers.headers(batch.kind()));
        model.addAttribute("rejections", rejections.subList(0, Math.min(SHOWN, rejections.size())));
        model.addAttribute("rejected", rejections.size());
        model.addAttribute("submitted", request.getParameter("submitted") != null);
        model.addAttribute("imported", request.getParameter("imported") != null);
        // submit and replace only for who may (an auditor, a reviewer: none; the services refuse them anyway)
        model.addAttribute("mayChange", Authorisation.whyNot(reader, Permission.IMPORT_LEDGER, List.of(Area.ledger(batch.kind()))).isEmpty());
        return "ledger-batch";
    }

    @PostMapping(LEDGERS + "/{id}/submit")
    String submit(@PathVariable long id, HttpServletRequest request) {
        reviews.submit(actor(request), new Selection.Batch(id), "");
        return "redirect:" + LEDGERS + "/" + id + "?submitted=1";
    }

    @GetMapping(LEDGERS + "/{id}/rejections.csv")
    ResponseEntity<byte[]> rejectionsCsv(@PathVariable long id, HttpServletRequest request) {
        return download(LedgerBatches.csv(batches.rejections(actor(request), id)), "batch-" + id + "-rejections.csv",
                new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    /** Every accepted row of the batch with its row number (the figure explorer lists the first ones). */
    @GetMapping(LEDGERS + "/{id}/rows.csv")
    ResponseEntity<byte[]> rowsCsv(@PathVariable long id, HttpServletRequest request) {
        return download(batches.rows(actor(request), id), "batch-" + id + "-rows.csv", new MediaType("text", "csv", StandardCharsets.UTF_8));
    }

    @GetMapping(LEDGERS + "/{id}/rejections.xlsx")
    ResponseEntity<byte[]> rejectionsXlsx(@PathVariable long id, HttpServletRequest request) {
        return download(LedgerBatches.xlsx(batches.rejections(actor(request), id)), "batch-" + id + "-rejections.xlsx", XLSX);
    }

    @GetMapping(LEDGERS + "/templates/{kind}.xlsx")
    ResponseEntity<byte[]> template(@PathVariable String kind) {
        return download(ledgers.template(kind), kind.toLowerCase(Locale.ROOT) + "-template.xlsx", XLSX);
    }

    static Actor actor(HttpServletRequest request) {
        return SignedInUser.of(request).orElseThrow().actor();
    }

    static ResponseEntity<byte[]> download(byte[] bytes, String name, MediaType type) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }
}
