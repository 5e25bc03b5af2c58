package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.period.Locks;
import org.esgledger.app.review.Reviews;
import org.esgledger.app.user.SignIns;
import org.esgledger.app.user.UserView;
import org.esgledger.app.user.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Administration (docs/web.md): an admin adds a user and sees the one-time code once, changes roles and scope, disables and
 * enables, issues a new code; a manager turns the four-eyes rule and the evidence limit, and locks a year; each with a reason
 * where the command line asks one, a rule's refusal shown at its field in the user's language, a refusal of role (a manager
 * on the users, a contributor, an auditor) 403 with nothing changed.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationTest {

    private static final Pattern CODE = Pattern.compile("<code id=\"code\">([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})</code>");

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    SignIns signIns;
    @Autowired
    Users users;
    @Autowired
    Changes changes;
    @Autowired
    Reviews reviews;
    @Autowired
    Evidence evidence;
    @Autowired
    Locks locks;

    @Autowired
    WebAccounts accounts;
    private MockHttpSession admin;
    private MockHttpSession manager;
    private MockHttpSession contributor;
    private MockHttpSession auditor;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.demoToChange();
        accounts.admin(users.actor(Optional.of(DemoWorkspace.MANAGER)));
        admin = accounts.session(accounts.withPassword("adm.admin", Role.ADMIN), "10.60.0.1");
        manager = accounts.session(accounts.withPassword("adm.manager", Role.MANAGER), "10.60.0.2");
        accounts.withPassword("adm.a", Role.CONTRIBUTOR);
        users.scope(accounts.admin(), "adm.a", new Scope(Set.of("zkteco"), Set.of(), Set.of()));
        contributor = accounts.session("adm.a", "10.60.0.3");
        auditor = accounts.session(accounts.withPassword("adm.auditor", Role.AUDITOR), "10.60.0.4");
    }

    @Test
    void anAdminAddsAUserWhoseCodeIsShownOnceAndWorks() throws Exception {
        Instant since = Instant.now();
        String list = page(get("/admin/users"), admin, "en", 200);
        assertThat(list).contains("id=\"add\"").contains("href=\"/admin/users/adm.manager\"").contains("ESG manager (manager)");
        String added = page(post("/admin/users").param("name", "Adm.Zhao ").param("display", "赵磊").param("role", "contributor")
                .param("entities", "zkteco, tangxia").param("ledgers", "employees"), admin, "zh", 200);
        Matcher code = CODE.matcher(added);
        assertThat(code.find()).as(added).isTrue();
        assertThat(added).contains("已添加用户：adm.zhao 赵磊").contains("此代码仅在本页显示");
        UserView zhao = users.list().stream().filter(u -> u.name().equals("adm.zhao")).findFirst().orElseThrow();
        assertThat(zhao.roles()).containsExactly(Role.CONTRIBUTOR);
        assertThat(zhao.scope()).isEqualTo(new Scope(Set.of("zkteco", "tangxia"), Set.of("employees"), Set.of()));
        assertThat(accounts.events("adm.admin", since)).extracting(AuditEvent::action).containsExactly("user_add", "user_scope");
        assertThat(page(get("/admin/users/adm.zhao"), admin, "en", 200)).doesNotContain(code.group(1)).contains("tangxia, zkteco");
        assertThat(page(get("/admin/users"), admin, "en", 200)).doesNotContain(code.group(1));
        signIns.setPassword("adm.zhao", code.group(1), WebAccounts.PASSWORD, "test");
        assertThat(accounts.signIn("adm.zhao", WebAccounts.PASSWORD, "10.60.0.9").getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aBadNameATakenNameAndNoRoleAreShownAtTheirFieldsInTheUsersLanguage() throws Exception {
        long before = changed();
        String zh = page(post("/admin/users").param("name", "Bad Name!").param("display", "typed").param("role", "reviewer"), admin, "zh", 400);
        assertThat(zh).contains("id=\"add-name-problem\"").contains("不是有效的用户名").contains("aria-invalid=\"true\"")
                .contains("value=\"typed\"");
        String en = page(post("/admin/users").param("name", "adm.manager").param("role", "reviewer"), admin, "en", 400);
        assertThat(en).contains("id=\"add-name-problem\"").contains("User adm.manager exists already");
        String noRole = page(post("/admin/users").param("name", "no.role"), admin, "en", 400);
        assertThat(noRole).contains("id=\"add-roles-problem\"").contains("User no.role needs at least one role");
        assertThat(changed()).isEqualTo(before);
    }

    @Test
    void anAdminChangesRolesScopeStateAndIssuesANewCodeWithReasons() throws Exception {
        accounts.withPassword("adm.target", Role.CONTRIBUTOR);
        Instant since = Instant.now();
        String noReason = page(post("/admin/users/adm.target/roles").param("role", "reviewer"), admin, "zh", 400);
        assertThat(noReason).contains("id=\"roles-reason-problem\"").contains("更改用户角色须说明理由");
        assertThat(redirect(post("/admin/users/adm.target/roles").param("role", "reviewer").param("role", "contributor")
                .param("reason", "also reviews"), admin)).isEqualTo("/admin/users/adm.target");
        assertThat(users.view(accounts.admin(), "adm.target").roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.CONTRIBUTOR);
        assertThat(redirect(post("/admin/users/adm.target/scope").param("entities", "tangxia").param("groups", "social"), admin))
                .isEqualTo("/admin/users/adm.target");
        assertThat(users.view(accounts.admin(), "adm.target").scope()).isEqualTo(new Scope(Set.of("tangxia"), Set.of(), Set.of("social")));
        String noDisableReason = page(post("/admin/users/adm.target/disable"), admin, "en", 400);
        assertThat(noDisableReason).contains("id=\"disable-reason-problem\"").contains("Disabling a user needs a reason");
        redirect(post("/admin/users/adm.target/disable").param("reason", "on leave"), admin);
        assertThat(users.view(accounts.admin(), "adm.target").enabled()).isFalse();
        assertThat(page(get("/admin/users/adm.target"), admin, "en", 200)).contains("id=\"enable\"").doesNotContain("id=\"code\"");
        redirect(post("/admin/users/adm.target/enable").param("reason", "back"), admin);
        assertThat(users.view(accounts.admin(), "adm.target").enabled()).isTrue();
        String reset = page(post("/admin/users/adm.target/code"), admin, "en", 200);
        Matcher code = CODE.matcher(reset);
        assertThat(code.find()).isTrue();
        assertThat(reset).contains("their password no longer works");
        assertThat(accounts.events("adm.admin", since)).extracting(AuditEvent::action)
                .containsExactly("user_roles", "user_scope", "user_disable", "user_enable", "password_reset");
        assertThat(accounts.events("adm.admin", since).get(0).reason()).isEqualTo("also reviews");
        signIns.setPassword("adm.target", code.group(1), "a brand new long password", "test");
    }

    @Test
    void aManagerAContributorAndAnAuditorMayNotChangeUsers() throws Exception {
        long before = changed();
        int count = users.list().size();
        for (MockHttpSession s : List.of(manager, contributor, auditor)) {
            page(post("/admin/users").param("name", "not.added").param("role", "contributor"), s, "en", 403);
            page(post("/admin/users/adm.a/disable").param("reason", "no"), s, "en", 403);
            page(post("/admin/users/adm.a/code"), s, "en", 403);
        }
        assertThat(changed()).isEqualTo(before);
        assertThat(users.list()).hasSize(count);
        assertThat(page(get("/admin/users"), manager, "en", 200)).doesNotContain("id=\"add\"").contains("Only an administrator");
        assertThat(page(get("/admin/users"), auditor, "zh", 200)).contains("只有管理员");
        page(get("/admin/users"), contributor, "en", 403);
        page(get("/admin/users/adm.a"), contributor, "en", 403);
    }

    @Test
    void theAdministrationEntryIsForWhoeverReadsTheWholeWorkspace() throws Exception {
        for (MockHttpSession s : List.of(admin, manager, auditor)) {
            assertThat(page(get("/"), s, "en", 200)).contains("href=\"/admin/users\"");
        }
        assertThat(page(get("/"), contributor, "zh", 200)).doesNotContain("href=\"/admin/users\"");
    }

    @Test
    void aManagerChangesTheSettingsWithAReason() throws Exception {
        String settings = page(get("/admin/settings"), manager, "en", 200);
        assertThat(settings).contains("id=\"fourEyes\"").contains("AR6").contains("256 MiB").contains("not changed here");
        String noReason = page(post("/admin/settings/four-eyes").param("on", "false"), manager, "zh", 400);
        assertThat(noReason).contains("id=\"fourEyes-reason-problem\"").contains("修改设置须说明理由");
        assertThat(reviews.fourEyes()).isTrue();
        String badSize = page(post("/admin/settings/evidence-limit").param("size", "2TB").param("reason", "scans"), manager, "en", 400);
        assertThat(badSize).contains("id=\"evidence-size-problem\"").contains("is not a size between 1 KiB and 1 GiB").contains("value=\"2TB\"");
        Instant since = Instant.now();
        redirect(post("/admin/settings/four-eyes").param("on", "false").param("reason", "two-person team"), manager);
        assertThat(reviews.fourEyes()).isFalse();
        redirect(post("/admin/settings/evidence-limit").param("size", "40MB").param("reason", "scans"), manager);
        assertThat(evidence.limit()).isEqualTo(40L * 1024 * 1024);
        assertThat(accounts.events("adm.manager", since)).extracting(AuditEvent::reason).containsExactly("two-person team", "scans");
        redirect(post("/admin/settings/four-eyes").param("on", "true").param("reason", "team grew"), manager);
        assertThat(reviews.fourEyes()).isTrue();
        long before = changed();
        for (MockHttpSession s : List.of(contributor, auditor)) {
            page(post("/admin/settings/four-eyes").param("on", "false").param("reason", "no"), s, "en", 403);
            assertThat(page(get("/admin/settings"), s, "en", 200)).doesNotContain("id=\"fourEyes\"");
        }
        assertThat(changed()).isEqualTo(before);
        assertThat(reviews.fourEyes()).isTrue();
    }

    @Test
    void aManagerLocksAYearWithAReasonAndTheLocksAreListed() throws Exception {
        String noReason = page(post("/admin/locks").param("year", "2016"), manager, "zh", 400);
        assertThat(noReason).contains("id=\"lock-reason-problem\"").contains("锁定 2016 年度须说明理由");
        assertThat(locks.locked(2016)).isFalse();
        long before = changed();
        for (MockHttpSession s : List.of(contributor, auditor)) {
            page(post("/admin/locks").param("year", "2016").param("reason", "no"), s, "en", 403);
        }
        assertThat(changed()).isEqualTo(before);
        assertThat(redirect(post("/admin/locks").param("year", "2016").param("reason", "published 2017-04-18"), manager)).isEqualTo("/admin/locks");
        assertThat(locks.locked(2016)).isTrue();
        String list = page(get("/admin/locks"), contributor, "en", 200);
        assertThat(list).contains("id=\"lock-2016\"").contains("adm.manager").contains("published 2017-04-18").doesNotContain("id=\"lock\"");
        String again = page(post("/admin/locks").param("year", "2016").param("reason", "again"), manager, "en", 400);
        assertThat(again).contains("id=\"lock-year-problem\"").contains("2016 is already locked");
    }

    private long changed() {
        return changes.events(AuditQuery.ALL).stream().filter(e -> !"refused".equals(e.action())).count();
    }

    private String page(MockHttpServletRequestBuilder request, MockHttpSession session, String lang, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session).with(csrf()).header("Accept-Language", lang)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getContentAsString();
    }

    private String redirect(MockHttpServletRequestBuilder request, MockHttpSession session) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(session).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return response.getRedirectedUrl();
    }
}
