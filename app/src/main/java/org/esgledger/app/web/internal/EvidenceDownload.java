package org.esgledger.app.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.evidence.ReadBack;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /evidence/{id}}: an evidence file as {@code esg evidence get} writes it. The stored chunks are
 * read into a temporary file while hashed, and sent only when their SHA-256 and size are those recorded
 * when the file was attached; as an attachment (never shown in the page's origin), with the media type
 * detected at attachment and {@code nosniff}. Only a user who may read what it is attached to (checked by {@link Evidence#read}).
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class EvidenceDownload {

    private final Evidence evidence;

    EvidenceDownload(Evidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/evidence/{id}")
    void download(@PathVariable long id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Path part = Files.createTempFile("esg-evidence-", ".part");
        try {
            ReadBack read;
            try (OutputStream out = Files.newOutputStream(part)) {
                read = evidence.read(SignedInUser.actor(request), id, out);
            }
            EvidenceView e = read.evidence();
            if (!read.intact()) {
                throw new EsgException(AppMessages.of("evidence.corrupted", String.valueOf(e.id()), e.fileName(), read.sha256(),
                        String.valueOf(read.size()), e.sha256(), String.valueOf(e.size())));
            }
            response.setContentType(e.mediaType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(e.fileName(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLengthLong(read.size());
            Files.copy(part, response.getOutputStream());
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
