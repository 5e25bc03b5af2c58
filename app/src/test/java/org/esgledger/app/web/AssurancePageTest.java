package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.WebTest;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.user.Users;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The assurance pack in the browser (docs/web.md): an auditor gets the page with the year's snapshot, the download button
 * and the header's entry, and downloads the ZIP (an attachment whose manifest holds); a contributor gets the page saying
 * whose the pack is, no entry, no button, and is refused the download (403, recorded); a year without snapshot has no button.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssurancePageTest {

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    MockMvc mvc;
    @Autowired
    Users users;

    @Autowired
    WebAccounts accounts;
    private MockHttpSession auditor;
    private MockHttpSession contributor;

    @BeforeAll
    void workspace() throws Exception {
        workspaces.demoToChange();
        accounts.admin(users.actor(Optional.of(DemoWorkspace.MANAGER)));
        auditor = accounts.session(accounts.withPassword("ap.auditor", Role.AUDITOR), "10.42.0.1");
        accounts.withPassword("ap.a", Role.CONTRIBUTOR);
        users.scope(accounts.admin(), "ap.a", new Scope(Set.of("zkteco"), Set.of(), Set.of()));
        contributor = accounts.session("ap.a", "10.42.0.2");
    }

    private MockHttpServletResponse ask(String path, MockHttpSession session) throws Exception {
        return mvc.perform(get(path).session(session).header("Accept", "text/html")).andReturn().getResponse();
    }

    @Test
    void anAuditorSeesThePageAndDownloadsAPackWhoseManifestHolds() throws Exception {
        MockHttpServletResponse page = ask("/assurance?year=2024&lang=en", auditor);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Assurance pack FY2024").contains("href=\"/assurance\"")
                .contains("action=\"/assurance/pack.zip\"").contains("Download the FY2024 assurance pack (ZIP)").contains("Snapshot #");
        assertThat(ask("/assurance?year=2024&lang=zh", auditor).getContentAsString()).contains("2024 财年鉴证资料包").contains("下载 2024 财年鉴证资料包");

        Instant since = Instant.now();
        MockHttpServletResponse zip = ask("/assurance/pack.zip?year=2024", auditor);
        assertThat(zip.getStatus()).isEqualTo(200);
        assertThat(zip.getContentType()).isEqualTo("application/zip");
        assertThat(zip.getHeader("Content-Disposition")).isEqualTo("attachment; filename=\"assurance-pack-2024.zip\"");
        assertThat(zip.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        Map<String, byte[]> entries = unzip(zip.getContentAsByteArray());
        String manifest = new String(entries.get("MANIFEST.sha256"), StandardCharsets.UTF_8);
        assertThat(manifest.lines()).hasSize(entries.size() - 1);
        for (String line : manifest.lines().toList()) {
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(entries.get(line.substring(66)))))
                    .as(line).isEqualTo(line.substring(0, 64));
        }
        assertThat(new String(entries.get("pack.json"), StandardCharsets.UTF_8)).contains("\"made_by\": \"ap.auditor\"");
        assertThat(accounts.events("ap.auditor", since)).as("reads are not recorded").isEmpty();
    }

    @Test
    void aContributorIsToldWhoseItIsAndRefusedTheDownload() throws Exception {
        String page = ask("/assurance?year=2024&lang=en", contributor).getContentAsString();
        assertThat(page).contains("it is read by the auditor").doesNotContain("href=\"/assurance\"").doesNotContain("pack.zip");
        Instant since = Instant.now();
        MockHttpServletResponse refused = ask("/assurance/pack.zip?year=2024&lang=en", contributor);
        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(accounts.events("ap.a", since)).extracting(AuditEvent::action).containsExactly("refused");
        assertThat(accounts.events("ap.a", since).get(0).after()).contains("\"attempted\":\"read\"");
    }

    @Test
    void aYearWithoutSnapshotHasNoDownload() throws Exception {
        String page = ask("/assurance?year=2019&lang=en", auditor).getContentAsString();
        assertThat(page).contains("FY2019 has no snapshot yet").doesNotContain("pack.zip");
        MockHttpServletResponse refused = ask("/assurance/pack.zip?year=2019&lang=en", auditor);
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("There is no snapshot for 2019");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
