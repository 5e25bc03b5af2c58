package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditFilter;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.audit.Changes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The audit log page (docs/web.md): filters as {@code esg audit}'s and more, newest first a hundred a page, the CSV of the
 * filtered events with the columns of {@code esg audit --format csv}, the chain verified intact and after a row is tampered with,
 * and the refusal of a contributor or reviewer (403, recorded).
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditLogTest {

    static final Pattern SEQ = Pattern.compile("<td class=\"number\">(\\d+)</td>");
    static final Pattern OLDER = Pattern.compile("id=\"older\" href=\"([^\"]+)\"");

    @Autowired
    ApplicationContext spring;
    @Autowired
    MockMvc mvc;
    @Autowired
    Changes changes;
    @Autowired
    JdbcClient jdbc;

    private ScopedDemo demo;
    private Instant start;

    @BeforeAll
    void workspace() throws Exception {
        start = Instant.now();
        demo = ScopedDemo.on(spring, mvc, "alog");
    }

    private String page(MockHttpSession session, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse r = mvc.perform(request.session(session).header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(200);
        return r.getContentAsString(StandardCharsets.UTF_8);
    }

    private static List<Long> seqs(String page) {
        List<Long> out = new ArrayList<>();
        Matcher m = SEQ.matcher(page);
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    @Test
    void filtersByUserActionSubjectAndDays() throws Exception {
        String signIns = page(demo.auditor, get("/audit").param("user", "alog.manager").param("action", "sign_in"));
        List<AuditEvent> expected = changes.events(new AuditQuery(Optional.empty(), Optional.empty(), Optional.of("alog.manager"))).stream().filter(e -> e.action().equals("sign_in")).toList();
        assertThat(expected).isNotEmpty();
        assertThat(seqs(signIns)).containsExactlyElementsOf(expected.stream().map(AuditEvent::seq).sorted((a, b) -> Long.compare(b, a)).toList());
        assertThat(signIns).contains("<td>Sign-in</td>").contains("<td>alog.manager</td>").doesNotContain("<td>alog.auditor</td>");

        String batch = page(demo.manager, get("/audit").param("subject", "batch " + demo.batchA));
        assertThat(seqs(batch)).isNotEmpty();
        assertThat(batch).as("a link to the batch's page").contains("href=\"/ledgers/" + demo.batchA + "\"");

        String today = LocalDate.now(AuditFilter.zone()).toString();
        assertThat(seqs(page(demo.manager, get("/audit").param("user", "alog.manager").param("from", today).param("to", today)))).isNotEmpty();
        assertThat(seqs(page(demo.manager, get("/audit").param("user", "alog.manager").param("year", "2019")))).isEmpty();
        assertThat(page(demo.manager, get("/audit").param("user", "nobody.at.all"))).contains("No event matches.");
    }

    @Test
    void listsNewestFirstAHundredAPage() throws Exception {
        long head = changes.head().seq();
        String first = page(demo.auditor, get("/audit"));
        List<Long> one = seqs(first);
        assertThat(one).hasSize(100).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(one.get(0)).as("the newest event first").isGreaterThanOrEqualTo(head);
        Matcher older = OLDER.matcher(first);
        assertThat(older.find()).isTrue();
        String second = page(demo.auditor, get(older.group(1).replace("&amp;", "&")));
        List<Long> two = seqs(second);
        assertThat(two).isNotEmpty().isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(two.get(0)).as("the next page goes on where the first stopped").isEqualTo(one.get(99) - 1);
        assertThat(second).contains("id=\"newest\"");
    }

    @Test
    void downloadsTheFilteredEventsAsEsgAuditWritesThem() throws Exception {
        MockHttpServletResponse r = mvc.perform(get("/audit.csv").param("user", "alog.manager").param("action", "sign_in").session(demo.auditor))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).startsWith("text/csv");
        assertThat(r.getHeader("Content-Disposition")).startsWith("attachment");
        String[] lines = r.getContentAsString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines[0]).isEqualTo("\uFEFFseq,at,actor,action,subject_kind,subject_id,entities,reason,before,after,hash");
        assertThat(lines).hasSizeGreaterThan(1);
        for (int i = 1; i < lines.length; i++) {
            assertThat(lines[i]).contains(",alog.manager,sign_in,user,alog.manager,");
        }
    }

    @Test
    void verifiesTheChainIntactAndNamesTheEventTamperedWith() throws Exception {
        String intact = page(demo.auditor, get("/audit/verify"));
        ChainHead head = changes.head();
        assertThat(intact).contains("Audit chain intact: " + java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(head.seq())
                + " events, head " + head);
        assumeFalse(Boolean.TRUE.equals(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()),
                "a superuser bypasses grants (docs/audit.md)");
        long k = head.seq();
        String reason = jdbc.sql("select reason from audit_event where seq = ?").param(k).query(String.class).single();
        // the owner can grant itself the rights back (a documented limit, docs/audit.md), as AuditTrailTest does
        jdbc.sql("grant update on audit_event to current_user").update();
        try {
            jdbc.sql("update audit_event set reason = 'nothing happened' where seq = ?").param(k).update();
            String broken = page(demo.manager, get("/audit/verify"));
            assertThat(broken).contains("Audit chain broken at event " + k + " (content changed)");
            String zh = mvc.perform(get("/audit/verify").session(demo.manager).header("Accept-Language", "zh-CN")).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(zh).contains("审计链在事件 " + k + " 处被破坏（内容被修改）");
        } finally {
            jdbc.sql("update audit_event set reason = ? where seq = ?").params(reason, k).update();
            jdbc.sql("revoke update on audit_event from current_user").update();
        }
        assertThat(page(demo.manager, get("/audit/verify"))).contains("Audit chain intact");
    }

    @Test
    void aContributorOrAReviewerIsRefusedAndTheRefusalRecorded() throws Exception {
        for (String path : List.of("/audit", "/audit.csv", "/audit/verify")) {
            for (MockHttpSession s : List.of(demo.contributorA, demo.reviewerA)) {
                MockHttpServletResponse r = mvc.perform(get(path).session(s).header("Accept-Language", "en")).andReturn().getResponse();
                assertThat(r.getStatus()).as(path).isEqualTo(403);
                assertThat(r.getContentAsString()).doesNotContain("alog.manager,sign_in");
            }
        }
        List<AuditEvent> refused = demo.accounts.events("alog.ra", start).stream().filter(e -> e.action().equals("refused")).toList();
        assertThat(refused).hasSizeGreaterThanOrEqualTo(3).allSatisfy(e -> assertThat(e.after()).contains("\"attempted\":\"read\""));
    }
}
