package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.esgledger.app.web.WebAccounts.from;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.Role;
import org.esgledger.app.user.Enrolment;
import org.esgledger.app.user.SignInCodes;
import org.esgledger.app.user.SignIns;
import org.esgledger.app.user.Users;
import org.esgledger.app.user.internal.FailedSignIns;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in to the web application (docs/web.md): the one-time code, the password, throttling, sign-out, all on the record. */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    SignInCodes codes;
    @Autowired
    SignIns signIns;
    @Autowired
    Users users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    WebAccounts accounts;
    private Instant start;

    @BeforeAll
    void workspace() {
        workspaces.organisationOnly();
        accounts.firstAdmin("sign.admin");
    }

    @BeforeEach
    void mark() {
        start = Instant.now().minus(1, ChronoUnit.SECONDS);
    }

    @Test
    void theFirstSignInSetsThePasswordWithTheOneTimeCodeThenTheCodeIsUsedUp() throws Exception {
        Enrolment li = accounts.enrol("li.na", "李娜", Role.CONTRIBUTOR);
        assertThat(li.code().code()).matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        assertThat(jdbc.sql("select count(*) from user_credential where code_sha256 = ? or code_sha256 = ?")
                .params(li.code().code(), li.code().code().replace("-", "")).query(Long.class).single())
                .as("the code is stored only as a hash").isZero();

        MvcResult set = mvc.perform(post("/first-sign-in").with(csrf()).with(from("10.1.0.1")).header("Accept-Language", "en")
                        .param("name", "Li.Na ").param("code", li.code().code().toLowerCase()).param("password", "梅花香自苦寒来 plum blossom")
                        .param("repeat", "梅花香自苦寒来 plum blossom"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/")).andReturn();
        MockHttpSession session = (MockHttpSession) set.getRequest().getSession();
        mvc.perform(get("/").session(session).header("Accept-Language", "zh-CN")).andExpect(status().isOk())
                .andExpect(content().string(containsString("已登录：李娜")));
        assertThat(jdbc.sql("select password_hash from user_credential where user_name = 'li.na'").query(String.class).single())
                .startsWith("$argon2id$v=19$m=19456,t=2,p=1$");

        mvc.perform(post("/first-sign-in").with(csrf()).with(from("10.1.0.1")).header("Accept-Language", "en").param("name", "li.na")
                        .param("code", li.code().code()).param("password", "another long password").param("repeat", "another long password"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("The one-time code is wrong, used or expired")));
        assertThat(accounts.signIn("li.na", "梅花香自苦寒来 plum blossom", "10.1.0.1").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts.events("li.na", start)).extracting(AuditEvent::action)
                .containsExactly("password_set", "sign_in", "refused", "sign_in");
        assertThat(accounts.events("li.na", start).get(1).after()).contains("\"client\":\"10.1.0.1\"");
    }

    @Test
    void anExpiredCodeAShortPasswordAndTwoDifferentPasswordsAreRefused() throws Exception {
        Enrolment wang = accounts.enrol("wang.wei", "", Role.REVIEWER);
        mvc.perform(post("/first-sign-in").with(csrf()).with(from("10.2.0.1")).header("Accept-Language", "zh-CN").param("name", "wang.wei")
                        .param("code", wang.code().code()).param("password", "short").param("repeat", "short"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("密码须为 12 至 128 个字符")));
        mvc.perform(post("/first-sign-in").with(csrf()).with(from("10.2.0.1")).header("Accept-Language", "en").param("name", "wang.wei")
                        .param("code", wang.code().code()).param("password", "a long enough password").param("repeat", "a long enough passw0rd"))
                .andExpect(content().string(containsString("The two passwords differ")));
        jdbc.sql("update user_credential set code_expires_at = now() - interval '1 minute' where user_name = 'wang.wei'").update();
        assertThatThrownBy(() -> signIns.setPassword("wang.wei", wang.code().code(), "a long enough password", "10.2.0.1"))
                .isInstanceOf(EsgException.class).hasMessageContaining("wrong, used or expired");
        assertThat(accounts.events("wang.wei", start)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("refused");
            assertThat(e.after()).contains("\"attempted\":\"password_set\"").contains("the one-time code is wrong, used or expired");
        });
    }

    @Test
    void aWrongPasswordIsThrottledPerUserAndTheLockoutHoldsEvenForTheRightOne() throws Exception {
        String zhao = accounts.withPassword("zhao.lei", Role.CONTRIBUTOR);
        for (int i = 0; i < FailedSignIns.USER_LIMIT; i++) {
            MvcResult failed = accounts.signIn(zhao, "not the password " + i, "10.3.0." + i);
            assertThat(failed.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
            MockHttpSession session = (MockHttpSession) failed.getRequest().getSession();
            mvc.perform(get("/sign-in?error").session(session).header("Accept-Language", "en"))
                    .andExpect(content().string(containsString("Sign-in failed: wrong user name or password")))
                    .andExpect(content().string(containsString("value=\"zhao.lei\"")));
        }
        MvcResult locked = accounts.signIn(zhao, WebAccounts.PASSWORD, "10.3.0.99");
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        mvc.perform(get("/sign-in?error").session((MockHttpSession) locked.getRequest().getSession()).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(containsString("zhao.lei 登录失败次数过多：请于")));
        List<AuditEvent> events = accounts.events(zhao, start);
        assertThat(events).extracting(AuditEvent::action).containsOnly("password_set", "refused").hasSize(1 + FailedSignIns.USER_LIMIT + 1);
        assertThat(events.get(1).after()).contains("wrong password").contains("10.3.0.0");
        assertThat(events.get(events.size() - 1).after()).contains("the user is locked out until");
    }

    @Test
    void oneClientTryingManyNamesIsLockedOutWhileOthersStillSignIn() throws Exception {
        String sun = accounts.withPassword("sun.li", Role.AUDITOR);
        for (int i = 0; i < FailedSignIns.CLIENT_LIMIT; i++) {
            accounts.signIn("guess" + i, "password" + i, "10.4.0.1");
        }
        MvcResult refused = accounts.signIn(sun, WebAccounts.PASSWORD, "10.4.0.1");
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        mvc.perform(get("/sign-in?error").session((MockHttpSession) refused.getRequest().getSession()).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Too many failed sign-ins from this computer")));
        assertThat(accounts.signIn(sun, WebAccounts.PASSWORD, "10.4.0.2").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts.events("guess7", start)).singleElement().satisfies(e -> assertThat(e.after()).contains("no such user"));
    }

    @Test
    void theSessionIdChangesAtSignInAndSignOutEndsTheSessionOnTheRecord() throws Exception {
        String qian = accounts.withPassword("qian.yu", Role.MANAGER);
        MockHttpSession anonymous = (MockHttpSession) mvc.perform(get("/sign-in")).andReturn().getRequest().getSession();
        String before = anonymous.getId();
        MvcResult signedIn = mvc.perform(post("/sign-in").session(anonymous).param("name", qian).param("password", WebAccounts.PASSWORD)
                .with(csrf()).with(from("10.5.0.1"))).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        assertThat(session.getId()).as("session fixation: a new id at sign-in").isNotEqualTo(before);

        mvc.perform(post("/sign-out").session(session).with(from("10.5.0.1"))).andExpect(status().isForbidden());
        mvc.perform(post("/sign-out").session(session).with(csrf()).with(from("10.5.0.1")))
                .andExpect(redirectedUrl("/sign-in?signed-out"));
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/").session(session)).andExpect(status().is3xxRedirection());
        assertThat(accounts.events(qian, start)).extracting(AuditEvent::action).containsExactly("password_set", "sign_in", "sign_out");
        assertThat(accounts.events(qian, start).get(2).after()).contains("\"how\":\"sign-out\"");
    }

    @Test
    void aSessionThatTimesOutIsRecordedAsASignOutOnce() throws Exception {
        String feng = accounts.withPassword("feng.xue", Role.CONTRIBUTOR);
        MockHttpSession session = accounts.session(feng, "10.8.0.1");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        events.publishEvent(new HttpSessionDestroyedEvent(session));
        events.publishEvent(new HttpSessionDestroyedEvent(session));
        assertThat(accounts.events(feng, start)).extracting(AuditEvent::action).containsExactly("password_set", "sign_in", "sign_out");
        assertThat(accounts.events(feng, start).get(2).after()).contains("\"how\":\"timeout\"");
    }

    @Test
    void aUserDisabledWhileSignedInLosesTheSessionAtTheNextRequest() throws Exception {
        String zhou = accounts.withPassword("zhou.min", Role.CONTRIBUTOR);
        MockHttpSession session = accounts.session(zhou, "10.6.0.1");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        users.disable(accounts.admin(), zhou, "left the company");
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/sign-in?ended"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(accounts.events(zhou, start)).extracting(AuditEvent::action).endsWith("refused");
        MvcResult again = accounts.signIn(zhou, WebAccounts.PASSWORD, "10.6.0.1");
        mvc.perform(get("/sign-in?error").session((MockHttpSession) again.getRequest().getSession()).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("User zhou.min is disabled")));
    }

    @Test
    void onlyAnAdminResetsAUserAndTheOldPasswordStopsWorking() throws Exception {
        String wu = accounts.withPassword("wu.hao", Role.CONTRIBUTOR);
        String other = accounts.withPassword("zheng.jie", Role.MANAGER);
        assertThatThrownBy(() -> codes.reset(signIns.current(other).actor(), wu)).isInstanceOf(EsgException.class)
                .hasMessageContaining("may not manage users");
        var code = codes.reset(accounts.admin(), wu);
        assertThat(accounts.signIn(wu, WebAccounts.PASSWORD, "10.7.0.1").getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        signIns.setPassword(wu, code.code(), "a brand new passphrase", "10.7.0.1");
        assertThat(accounts.signIn(wu, "a brand new passphrase", "10.7.0.1").getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(accounts.events("sign.admin", start)).extracting(AuditEvent::action).contains("password_reset");
    }
}
