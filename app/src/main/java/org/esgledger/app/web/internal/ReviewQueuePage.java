package org.esgledger.app.web.internal;

import java.util.Locale;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.review.Reviewed;
import org.esgledger.app.review.ReviewQueue;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.review.Selection;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review queue (docs/web.md): the submitted facts and batches the user may approve or reject ({@link ReviewQueue}), each
 * fact with the prior year's value, the change, its evidence and a link to its page; approve, or reject with a reason, through
 * {@link Reviews} as {@code esg approve} and {@code esg reject} (four-eyes, scope and state checked and recorded there). Below,
 * what reviewers returned to the user, with their reasons.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ReviewQueuePage {

    private final ReviewQueue queue;
    private final Reviews reviews;
    private final Evidence evidence;
    private final MessageSource labels;

    ReviewQueuePage(ReviewQueue queue, Reviews reviews, Evidence evidence, MessageSource labels) {
        this.queue = queue;
        this.reviews = reviews;
        this.evidence = evidence;
        this.labels = labels;
    }

    @GetMapping("/review")
    String review(HttpServletRequest request, Model model) {
        Actor by = FactGridPage.actor(request);
        model.addAttribute("waiting", queue.waiting(by));
        model.addAttribute("returned", queue.returned(by));
        model.addAttribute("annotations", evidence.byFact());
        model.addAttribute("fourEyes", reviews.fourEyes());
        model.addAttribute("me", by.name());
        return "review";
    }

    @PostMapping("/review/approve")
    String approve(@RequestParam String kind, @RequestParam String id, HttpServletRequest request, Locale locale, RedirectAttributes flash) {
        return step(locale, flash, "web.review.approved", () -> reviews.approve(FactGridPage.actor(request), selection(kind, id), ""));
    }

    @PostMapping("/review/reject")
    String reject(@RequestParam String kind, @RequestParam String id, @RequestParam(defaultValue = "") String reason,
                  HttpServletRequest request, Locale locale, RedirectAttributes flash) {
        return step(locale, flash, "web.review.rejected",
                () -> reviews.reject(FactGridPage.actor(request), selection(kind, id), reason));
    }

    private String step(Locale locale, RedirectAttributes flash, String done, Supplier<Reviewed> action) {
        try {
            flash.addFlashAttribute("done", labels.getMessage(done, new Object[] {action.get().count()}, locale));
        } catch (EsgException e) {
            if (e.problem().key().startsWith("auth.")) {
                throw e;
            }
            flash.addFlashAttribute("problem", Texts.of(e.problem(), locale));
        }
        return "redirect:/review";
    }

    private static Selection selection(String kind, String id) {
        if ("batch".equals(kind)) {
            try {
                return new Selection.Batch(Long.parseLong(id));
            } catch (NumberFormatException e) {
                return new Selection.Fact("batch " + id);
            }
        }
        return new Selection.Fact(id);
    }
}
