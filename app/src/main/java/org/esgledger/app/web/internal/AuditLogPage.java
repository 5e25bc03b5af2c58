package org.esgledger.app.web.internal;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.app.audit.Action;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditFilter;
import org.esgledger.app.audit.AuditLog;
import org.esgledger.app.audit.AuditPage;
import org.esgledger.app.intake.FormulaGuard;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log (docs/web.md): the events a filter selects, newest first, {@value AuditLog#PAGE} a page; the same events as CSV
 * (the columns of {@code esg audit --format csv}); the chain's verification (as {@code esg audit verify}). Read through
 * {@link AuditLog}, which refuses (recorded) whoever may not read the whole workspace.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AuditLogPage {

    static final String AUDIT = "/audit";
    /** The columns of {@code esg audit --format csv}. */
    static final List<String> COLUMNS = List.of("seq", "at", "actor", "action", "subject_kind", "subject_id", "entities", "reason", "before",
            "after", "hash");

    private final AuditLog log;

    AuditLogPage(AuditLog log) {
        this.log = log;
    }

    @GetMapping(AUDIT)
    String page(@RequestParam Optional<String> user, @RequestParam Optional<String> action, @RequestParam Optional<String> subject,
                @RequestParam Optional<String> entity, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
                @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to, @RequestParam Optional<Integer> year,
                @RequestParam Optional<Long> before, HttpServletRequest request, Model model) {
        AuditFilter filter = new AuditFilter(user, action, subject, entity, from, to, year);
        AuditPage page = log.page(SignedInUser.actor(request), filter, before);
        model.addAttribute("filter", filter);
        model.addAttribute("lines", page.events().stream().map(AuditLine::of).toList());
        model.addAttribute("next", page.next().orElse(null));
        model.addAttribute("paged", before.isPresent());
        model.addAttribute("actions", actionCodes());
        model.addAttribute("query", AuditLine.query(filter));
        return "audit";
    }

    @GetMapping(AUDIT + "/verify")
    String verify(HttpServletRequest request, Model model) {
        model.addAttribute("verdict", ChainVerdictText.of(log.verify(SignedInUser.actor(request))));
        model.addAttribute("filter", AuditFilter.ALL);
        model.addAttribute("lines", List.of());
        model.addAttribute("actions", actionCodes());
        model.addAttribute("query", "");
        model.addAttribute("verifyOnly", true);
        return "audit";
    }

    @GetMapping(AUDIT + ".csv")
    void csv(@RequestParam Optional<String> user, @RequestParam Optional<String> action, @RequestParam Optional<String> subject,
             @RequestParam Optional<String> entity, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> from,
             @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) Optional<LocalDate> to, @RequestParam Optional<Integer> year,
             HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor reader = SignedInUser.actor(request);
        AuditFilter filter = new AuditFilter(user, action, subject, entity, from, to, year);
        log.requireReader(reader);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit.csv").build().toString());
        response.setHeader("X-Content-Type-Options", "nosniff");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(COLUMNS);
        log.each(reader, filter, e -> csv.writeRecord(row(e)));
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An event as {@code esg audit --format csv} writes it: text defused, the seq as it is. */
    static List<String> row(AuditEvent e) {
        List<String> cells = new ArrayList<>(List.of(Long.toString(e.seq())));
        for (String text : List.of(e.at().toString(), e.actor(), e.action(), e.subjectKind(), e.subjectId(), String.join(",", e.entities()),
                nullToEmpty(e.reason()), e.before(), e.after(), e.hash())) {
            cells.add(FormulaGuard.defuse(nullToEmpty(text)));
        }
        return cells;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static List<String> actionCodes() {
        return Arrays.stream(Action.values()).map(Action::code).toList();
    }
}
