package org.esgledger.app.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The error page carries the headers of every page. Spring Security writes them once per request and skips the error
 * dispatch (its header filter is a once-per-request filter that leaves error dispatches alone), and a container may reset
 * the response before it renders the error page: so the error page sets them again (setting a header twice keeps one).
 */
final class ErrorPageHeaders implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            response.setHeader("Content-Security-Policy", WebSecurity.CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "same-origin");
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            response.setHeader("Permissions-Policy", WebSecurity.PERMISSIONS_POLICY);
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache, no-store, max-age=0, must-revalidate");
            response.setHeader(HttpHeaders.PRAGMA, "no-cache");
            response.setHeader(HttpHeaders.EXPIRES, "0");
        }
        return true;
    }
}
