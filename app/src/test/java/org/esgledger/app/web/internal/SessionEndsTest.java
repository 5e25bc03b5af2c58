package org.esgledger.app.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.user.SignIns;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** When the server stops, the sessions still signed in are recorded as ended, once, while the store is still there. */
@WebTest
class SessionEndsTest {

    @Autowired
    SignIns signIns;
    @Autowired
    Changes changes;

    @Test
    void theSessionsOpenWhenTheServerStopsAreRecordedOnce() {
        Instant start = Instant.now().minus(1, ChronoUnit.SECONDS);
        SessionEnds ends = new SessionEnds(signIns);
        MockHttpSession open = new MockHttpSession();
        MockHttpSession ended = new MockHttpSession();
        ends.seen(open, "stop.one");
        ends.seen(ended, "stop.two");
        ends.recorded(ended);
        ends.stopped(null);
        ends.stopped(null);
        assertThat(changes.events(new AuditQuery(Optional.of(start), Optional.empty(), Optional.of("stop.one")))).singleElement()
                .satisfies(e -> {
                    assertThat(e.action()).isEqualTo("sign_out");
                    assertThat(e.after()).contains("\"how\":\"server-stopped\"");
                });
        assertThat(changes.events(new AuditQuery(Optional.of(start), Optional.empty(), Optional.of("stop.two")))).extracting(AuditEvent::action)
                .isEmpty();
    }
}
