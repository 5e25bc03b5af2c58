package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.esgledger.app.WebTest;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.fact.EnteredValue;
import org.esgledger.app.fact.FactEntries;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.review.Selection;
import org.esgledger.app.user.Users;
import org.esgledger.engine.fact.Breakdown;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dashboard's "waiting for me", shares, findings, key figures and last changes (docs/web.md), in Chinese and English, for a
 * contributor of entity A, a reviewer of A and a manager.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPageTest {

    static final String REASON = "the meter reading says 12";

    @Autowired
    ApplicationContext spring;
    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;
    @Autowired
    FactEntries entries;
    @Autowired
    Reviews reviews;

    private ScopedDemo demo;
    private String rejected;
    private String submittedA;
    private String submittedB;

    @BeforeAll
    void workspace() throws Exception {
        demo = ScopedDemo.on(spring, mvc, "dash");
        Actor contributor = users.actor(Optional.of("dash.a"));
        rejected = entries.enter(contributor, new EnteredValue("volunteers", ScopedDemo.A, 2024, Breakdown.TOTAL.code(), "actual", "11", "",
                "first count"));
        reviews.submit(contributor, new Selection.Facts(List.of(rejected)), "");
        reviews.reject(users.actor(Optional.of("dash.manager")), new Selection.Fact(rejected), REASON);
        submittedA = demo.submitted("wastewater_generated", ScopedDemo.A);
        submittedB = demo.submitted("wastewater_generated", ScopedDemo.B);
    }

    private String page(MockHttpSession session, String lang) throws Exception {
        return mvc.perform(get("/").param("year", "2024").param("lang", lang).session(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aContributorSeesTheirReturnedValueWithTheReasonAndTheRowsToEnterOfTheirEntity() throws Exception {
        String en = page(demo.contributorA, "en");
        assertThat(en).contains("<h2 id=\"waiting-heading\">Waiting for me</h2>").contains("To fix (1)").contains(REASON)
                .contains("Returned to you by a reviewer (1)").contains("dash.manager")
                .contains("href=\"/facts?entity=zkteco&amp;year=2024&amp;q=volunteers\"")
                .contains("<caption>Without value in FY2024")
                .doesNotContain("entity=tangxia").doesNotContain(submittedB)
                .contains("To review (0)").contains("Your last 10 events of the audit trail")
                .doesNotContain("id=\"key-figures\"").doesNotContain("id=\"finding-list\"").doesNotContain("??");
        String zh = page(demo.contributorA, "zh");
        assertThat(zh).contains("待我处理").contains("待修改（1）").contains(REASON).contains("审核人退回给您的（1）").contains("待填报（")
                .doesNotContain("??");
    }

    @Test
    void aReviewerSeesTheSubmittedValuesOfTheirScopeOnly() throws Exception {
        String en = page(demo.reviewerA, "en");
        assertThat(en).contains("To review (1)").contains("href=\"/review#review-" + submittedA + "\"").doesNotContain(submittedB)
                .contains("Your role enters no values.");
        assertThat(page(demo.reviewerA, "zh")).contains("待审核（1）").contains("您的角色不填报数值。");
    }

    @Test
    void aManagerSeesTheTemplatesFiguresPerEntityFindingsWithLinksKeyFiguresAndTheLastChanges() throws Exception {
        String zh = page(demo.manager, "zh");
        assertThat(zh).contains("待我处理").contains("待审核（2）").contains("href=\"/review#review-" + submittedB + "\"")
                .contains("<table id=\"entity-shares\">").contains("报告模板的数据按主体统计")
                .contains("有已审核数值支撑").containsPattern("[0-9]+%（[0-9]+ 项中 [0-9]+ 项）")
                .contains("id=\"finding-list\"").containsPattern("<a href=\"/figures/[^\"]+\"><code>")
                .contains("集团关键数据").containsPattern("，2024 财年：[0-9.]+ person</a>").contains("<img src=\"data:image/svg+xml;base64,")
                .contains("审计日志中最近的 10 条事件").contains(REASON)
                .contains("id=\"compute-state\"").doesNotContain("??").doesNotContain("style=").doesNotContain("<script>")
                .contains("<th scope=\"row\">可持续发展管理</th>").doesNotContain("<th scope=\"row\">sustainable-development-management</th>");
        String en = page(demo.manager, "en");
        assertThat(en).contains("Waiting for me").contains("To review (2)").contains("Backed by approved values")
                .containsPattern("[0-9]+ % \\([0-9]+ of [0-9]+\\)").contains("Key figures of the group, FY2024")
                .containsPattern(", FY2024: [0-9.]+ person</a>")
                .contains("The last 10 events of the audit trail")
                .contains("The inputs of FY2024 changed since its snapshot: compute the year").doesNotContain("??")
                .contains("<th scope=\"row\">Sustainable Development Management</th>");
    }
}
