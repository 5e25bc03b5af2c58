package org.esgledger.app.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.evidence.Comments;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.evidence.Upload;
import org.esgledger.app.fact.FactGrid;
import org.esgledger.app.fact.FactRecord;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.review.Reviewed;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.review.Selection;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the fact grid does besides entering values, each through the service the command line uses: submit one row or the
 * selection for review ({@link Reviews}, as {@code esg submit}), comment on a fact and attach evidence to it ({@link Comments},
 * {@link Evidence}, as {@code esg comment} and {@code esg attach}); and the fact page, a stored fact with its history, evidence
 * and comments. Back to the grid with what was done, or why not, in the user's language; a refusal of role or scope is the
 * refused page (403).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class FactActions {

    private final Reviews reviews;
    private final Comments comments;
    private final Evidence evidence;
    private final FactGrid grid;
    private final MessageSource labels;

    FactActions(Reviews reviews, Comments comments, Evidence evidence, FactGrid grid, MessageSource labels) {
        this.reviews = reviews;
        this.comments = comments;
        this.evidence = evidence;
        this.grid = grid;
        this.labels = labels;
    }

    @PostMapping("/facts/submit")
    String submit(@RequestParam String entity, @RequestParam int year, @RequestParam(name = "fact", required = false) List<String> facts,
                  @RequestParam(defaultValue = "") String q, HttpServletRequest request, Locale locale, RedirectAttributes flash) {
        FactGridPage.Place place = new FactGridPage.Place(entity, year, FactGridPage.search(q));
        if (facts == null || facts.isEmpty()) {
            flash.addFlashAttribute("problem", labels.getMessage("web.facts.noneSelected", null, locale));
            return "redirect:" + place.url("");
        }
        try {
            Reviewed done = reviews.submit(FactGridPage.actor(request), new Selection.Facts(facts), "");
            flash.addFlashAttribute("done", labels.getMessage("web.facts.submitted", new Object[] {done.count()}, locale));
        } catch (EsgException e) {
            flash.addFlashAttribute("problem", shown(e, locale));
        }
        return "redirect:" + place.url("");
    }

    @PostMapping("/facts/comment")
    String comment(@RequestParam String entity, @RequestParam int year, @RequestParam String fact, @RequestParam(defaultValue = "") String text,
                   @RequestParam(defaultValue = "") String q, HttpServletRequest request, Locale locale, RedirectAttributes flash) {
        try {
            comments.comment(FactGridPage.actor(request), new Reference.Fact(fact), text);
            flash.addFlashAttribute("done", labels.getMessage("web.facts.commented", null, locale));
        } catch (EsgException e) {
            flash.addFlashAttribute("problem", shown(e, locale));
        }
        return "redirect:" + new FactGridPage.Place(entity, year, FactGridPage.search(q)).url("") + "#row-" + fact;
    }

    @PostMapping("/facts/evidence")
    String attach(@RequestParam String entity, @RequestParam int year, @RequestParam String fact, @RequestParam MultipartFile file,
                  @RequestParam(defaultValue = "") String note, @RequestParam(defaultValue = "") String q, HttpServletRequest request,
                  Locale locale, RedirectAttributes flash)
            throws IOException {
        Actor by = FactGridPage.actor(request);
        try (InputStream in = file.getInputStream()) {
            String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "evidence" : file.getOriginalFilename();
            evidence.attach(by, new Reference.Fact(fact), new Upload(name, in, file.getSize()), note);
            flash.addFlashAttribute("done", labels.getMessage("web.facts.attached", new Object[] {name}, locale));
        } catch (EsgException e) {
            flash.addFlashAttribute("problem", shown(e, locale));
        }
        return "redirect:" + new FactGridPage.Place(entity, year, FactGridPage.search(q)).url("") + "#row-" + fact;
    }

    /** A stored fact: its value and status, every value it held (who, when, why), its evidence and comments. */
    @GetMapping("/facts/{id}")
    String fact(@PathVariable String id, HttpServletRequest request, Model model) {
        if (!Reference.FACT_ID.matcher(id).matches()) {
            throw new EsgException(AppMessages.of("explain.malformed", id));
        }
        FactRecord fact = grid.fact(FactGridPage.actor(request), id);
        model.addAttribute("fact", fact);
        model.addAttribute("evidence", evidence.list(Optional.of(new Reference.Fact(id))));
        model.addAttribute("comments", evidence.comments(Optional.of(new Reference.Fact(id))));
        return "fact";
    }

    /** A rule's refusal is shown on the grid; a refusal of role or scope is the refused page (403), as everywhere. */
    private static String shown(EsgException e, Locale locale) {
        if (e.problem().key().startsWith("auth.")) {
            throw e;
        }
        return Texts.of(e.problem(), locale);
    }
}
