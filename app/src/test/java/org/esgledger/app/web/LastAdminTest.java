package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Optional;
import java.util.Set;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.Role;
import org.esgledger.app.user.Enrolment;
import org.esgledger.app.user.NewUser;
import org.esgledger.app.user.SignInCodes;
import org.esgledger.app.user.SignIns;
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
 * The workspace keeps an enabled admin (docs/web.md, Administration): its only admin may neither take the admin role from
 * themselves nor be disabled (shown in the user's language, nothing changed); once another admin is enabled, they may.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LastAdminTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    WebAccounts accounts;
    @Autowired
    SignInCodes codes;
    @Autowired
    SignIns signIns;
    @Autowired
    Users users;

    private MockHttpSession only;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.organisationOnly();
        Enrolment first = codes.enrolFirst(new NewUser("last.admin", "", Set.of(Role.ADMIN), Optional.empty()));
        signIns.setPassword("last.admin", first.code().code(), WebAccounts.PASSWORD, "test");
        only = accounts.session("last.admin", "10.61.0.1");
    }

    @Test
    void theOnlyAdminKeepsTheRoleUntilAnotherAdminIsThere() throws Exception {
        String roles = answer(post("/admin/users/last.admin/roles").param("role", "manager").param("reason", "handing over"), "zh", 400);
        assertThat(roles).contains("last.admin 是工作区最后一位启用中的管理员");
        String disable = answer(post("/admin/users/last.admin/disable").param("reason", "leaving"), "en", 400);
        assertThat(disable).contains("last.admin is the last enabled admin of the workspace");
        assertThat(users.view(users.actor(Optional.of("last.admin")), "last.admin").roles()).containsExactly(Role.ADMIN);
        assertThat(users.view(users.actor(Optional.of("last.admin")), "last.admin").enabled()).isTrue();

        answer(post("/admin/users").param("name", "next.admin").param("role", "admin"), "en", 200);
        assertThat(answer(post("/admin/users/last.admin/roles").param("role", "manager").param("reason", "handing over"), "en", 302)).isEmpty();
        assertThat(users.list().stream().filter(u -> u.name().equals("last.admin")).findFirst().orElseThrow().roles())
                .containsExactly(Role.MANAGER);
    }

    private String answer(MockHttpServletRequestBuilder request, String lang, int status) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.session(only).with(csrf()).header("Accept-Language", lang)).andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        return response.getStatus() == 302 ? "" : response.getContentAsString();
    }
}
