package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.esgledger.app.web.WebAccounts.from;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The pages and the protections every response carries (docs/web.md): redirects, CSRF, headers, languages, errors, the dashboard. */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;

    @Autowired
    WebAccounts accounts;

    @BeforeAll
    void workspace() {
        workspaces.organisationOnly();
        accounts.firstAdmin("pages.admin");
        accounts.withPassword("pages.reader", Role.AUDITOR);
    }

    @Test
    void withoutSigningInEveryPageLeadsToTheSignInPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/no/such/page")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/?year=2024")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/sign-in")).andExpect(status().isOk());
        mvc.perform(get("/css/web.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk())
                .andExpect(content().string(containsString("htmx")));
    }

    @Test
    void everyStateChangingRequestNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/sign-in").param("name", "pages.reader").param("password", WebAccounts.PASSWORD).with(from("10.20.0.1")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/first-sign-in").param("name", "pages.reader").param("code", "AAAA-BBBB-CCCC")).andExpect(status().isForbidden());
        MockHttpSession session = accounts.session("pages.reader", "10.20.0.1");
        mvc.perform(post("/sign-out").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/sign-out").session(session).with(csrf().useInvalidToken())).andExpect(status().isForbidden());
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        mvc.perform(get("/sign-in").header("Accept-Language", "en"))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"_csrf\"")));
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        MockHttpSession session = accounts.session("pages.reader", "10.21.0.1");
        for (var request : new RequestBuilder[] {get("/sign-in"), get("/").session(session)}) {
            mvc.perform(request)
                    .andExpect(header().string("Content-Security-Policy", allOf(containsString("default-src 'self'"),
                            containsString("script-src 'self';"), containsString("frame-ancestors 'none'"), containsString("object-src 'none'"),
                            not(containsString("unsafe-inline")), not(containsString("unsafe-eval")))))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Cross-Origin-Opener-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy", containsString("camera=()")))
                    .andExpect(header().string("Cache-Control", containsString("no-store")));
        }
    }

    @Test
    void theLanguageComesFromTheBrowserUntilTheUserSwitches() throws Exception {
        mvc.perform(get("/sign-in").header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8"))
                .andExpect(content().string(allOf(containsString("<html lang=\"zh-CN\">"), containsString("<h1>登录</h1>"),
                        containsString("<label for=\"password\">密码</label>"))));
        mvc.perform(get("/sign-in").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(allOf(containsString("<html lang=\"en\">"), containsString("<h1>Sign in</h1>"))));
        mvc.perform(get("/sign-in").header("Accept-Language", "fr-FR,de;q=0.8"))
                .andExpect(content().string(containsString("<html lang=\"en\">")));
        mvc.perform(get("/sign-in")).andExpect(content().string(containsString("<html lang=\"zh-CN\">")));
        mvc.perform(get("/sign-in").param("lang", "en").header("Accept-Language", "zh-CN"))
                .andExpect(cookie().value("esg-lang", "en")).andExpect(cookie().httpOnly("esg-lang", true))
                .andExpect(content().string(containsString("<h1>Sign in</h1>")));
        mvc.perform(get("/sign-in").param("lang", "xx").header("Accept-Language", "zh-CN"))
                .andExpect(cookie().doesNotExist("esg-lang")).andExpect(content().string(containsString("<h1>登录</h1>")));
    }

    @Test
    void theDashboardShowsTheYearsReadinessInTheUsersLanguage() throws Exception {
        MockHttpSession session = accounts.session("pages.reader", "10.22.0.1");
        String zh = mvc.perform(get("/?year=2024").session(session).header("Accept-Language", "zh-CN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(zh).contains("<title>2024 财年概览 · ESG 台账</title>").contains("个主体").contains("尚未导入台账。")
                .contains("尚无快照：请计算该年度（esg compute --year 2024）。").contains("未锁定。")
                .contains("<main id=\"main\" tabindex=\"-1\">").contains("<a class=\"skip\" href=\"#main\">跳到主要内容</a>")
                .contains("href=\"/?year=2024&amp;lang=en\"").containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\" defer").contains("/css/print.css")
                .doesNotContain("??").doesNotContain("<script>").doesNotContain("style=");
        String en = mvc.perform(get("/").param("year", "2024").param("lang", "en").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("Dashboard, FY2024").contains("Stored facts by status").contains("Draft").contains("Signed in as pages.reader")
                .doesNotContain("??");
    }

    @Test
    void anErrorPageTellsWhatHappenedInBothLanguagesAndNothingOfTheServersInsides() throws Exception {
        MockHttpSession session = accounts.session("pages.reader", "10.23.0.1");
        String failed = mvc.perform(get("/error").session(session).header("Accept-Language", "en").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
                        .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/broken")
                        .requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("select secret from app_user")))
                .andExpect(status().isInternalServerError()).andReturn().getResponse().getContentAsString();
        assertThat(failed).contains("Error 500").contains("The server could not answer").doesNotContain("IllegalStateException")
                .doesNotContain("select secret").doesNotContain("at org.");
        String missing = mvc.perform(get("/error").session(session).header("Accept-Language", "zh-CN").accept(MediaType.TEXT_HTML)
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404).requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nothing"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("错误 404").contains("没有这个页面。").contains("href=\"/nothing?lang=en\"");
    }
}
