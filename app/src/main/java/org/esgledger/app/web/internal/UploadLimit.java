package org.esgledger.app.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The upload size limit checked before anything reads the request (before Spring Security reads the
 * CSRF token from the form, which parses the upload): a ledger upload whose declared length is over
 * {@link PendingUploads#MAX_BYTES} (and a little for the form's other fields) is answered at once, its
 * body not read, with the page that says why. A body without a declared length is held to the same
 * limit while it is read ({@code spring.servlet.multipart.*} in application.properties).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UploadLimit extends OncePerRequestFilter {

    /** The form's fields beside the file: kind, choices, reason, CSRF token, the multipart boundaries. */
    static final long FORM_BYTES = 64 * 1024;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && LedgerUpload.UPLOAD.equals(request.getRequestURI().substring(request.getContextPath().length()))
                && request.getContentLengthLong() > PendingUploads.MAX_BYTES + FORM_BYTES) {
            response.setHeader("Connection", "close");
            response.sendRedirect(request.getContextPath() + LedgerPages.LEDGERS + "?too-large=1");
            return;
        }
        chain.doFilter(request, response);
    }
}
