package org.esgledger.app.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The upload limit is checked on the declared length, before anything reads the body. */
class UploadLimitTest {

    private static MockHttpServletRequest upload(long declared) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/ledgers/upload") {
            @Override
            public long getContentLengthLong() {
                return declared;
            }

            @Override
            public ServletInputStream getInputStream() {
                throw new AssertionError("the body was read");
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        return request;
    }

    @Test
    void anUploadDeclaredOverTheLimitIsAnsweredUnread() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new UploadLimit().doFilter(upload(PendingUploads.MAX_BYTES + UploadLimit.FORM_BYTES + 1), response, chain);
        assertThat(response.getRedirectedUrl()).isEqualTo("/ledgers?too-large=1");
        assertThat(chain.getRequest()).as("nothing further handled it").isNull();
    }

    @Test
    void anUploadWithinTheLimitGoesOn() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new UploadLimit().doFilter(upload(PendingUploads.MAX_BYTES), response, chain);
        assertThat(chain.getRequest()).isNotNull();
        assertThat(response.getRedirectedUrl()).isNull();
    }
}
