package org.esgledger.app.web.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * The links of a page to the WebJars (htmx) carry the WebJar's version ({@code /webjars/htmx.org/2.0.10/dist/htmx.min.js}),
 * as Spring's {@link ResourceUrlEncodingFilter} writes them; every other link is left as it is. Spring's filter looks every
 * link of a page up as a static resource ({@code /**} is the static files' pattern), and a link that is not one (a page's
 * rows link to their facts and figures: hundreds per page) is not remembered, so each was searched for on the class path
 * again, in every jar: half the time of the fact grid and two thirds of the figure list (bench/RESULTS.md). Being a
 * {@code ResourceUrlEncodingFilter}, this one takes the place of Spring Boot's.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StaticLinks extends ResourceUrlEncodingFilter {

    private static final String WEBJARS = "/webjars/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            chain.doFilter(request, new Links(http, answer));
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The response as the page's links see it. */
    private static final class Links extends HttpServletResponseWrapper {

        private final HttpServletRequest request;

        Links(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public String encodeURL(String url) {
            Object provider = request.getAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR);
            if (provider instanceof ResourceUrlProvider resources && url.startsWith(request.getContextPath() + WEBJARS)) {
                String versioned = resources.getForRequestUrl(request, url);
                return super.encodeURL(versioned == null ? url : versioned);
            }
            return super.encodeURL(url);
        }
    }
}
