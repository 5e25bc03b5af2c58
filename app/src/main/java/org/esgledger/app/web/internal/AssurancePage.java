package org.esgledger.app.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.app.assurance.AssurancePacks;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.readiness.Readiness;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The year's assurance pack (docs/web.md, docs/formats/assurance-pack.md): a page saying what it holds, with its snapshot
 * and a download, and the download itself ({@link AssurancePacks#write}, which checks the reader: an admin, a manager or an
 * auditor). The pack is written to a temporary file first, and sent only once it is complete (an evidence file that no
 * longer matches its SHA-256 refuses it: the page says why, not a broken download).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AssurancePage {

    static final String ASSURANCE = "/assurance";

    private final AssurancePacks packs;
    private final Readiness readiness;

    AssurancePage(AssurancePacks packs, Readiness readiness) {
        this.packs = packs;
        this.readiness = readiness;
    }

    @GetMapping(ASSURANCE)
    String page(@RequestParam Optional<Integer> year, HttpServletRequest request, Model model) {
        Actor reader = SignedInUser.actor(request);
        int fy = ComputePage.year(year, readiness);
        model.addAttribute("fy", String.valueOf(fy));
        model.addAttribute("firstYear", DashboardPage.FIRST_YEAR);
        model.addAttribute("lastYear", DashboardPage.LAST_YEAR);
        model.addAttribute("mayRead", AssurancePacks.mayRead(reader));
        model.addAttribute("snapshot", AssurancePacks.mayRead(reader) ? packs.snapshot(fy).orElse(null) : null);
        return "assurance";
    }

    @GetMapping(ASSURANCE + "/pack.zip")
    void download(@RequestParam int year, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path part = Files.createTempFile("esg-assurance-", ".zip");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                packs.write(SignedInUser.actor(request), year, out);
            }
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("assurance-pack-" + year + ".zip").build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLengthLong(Files.size(part));
            Files.copy(part, response.getOutputStream());
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
