package org.esgledger.app.assurance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.evidence.Reference;
import org.junit.jupiter.api.Test;

/** The pack's ZIP: the manifest in sha256sum's format, entry names the pack's own, evidence names sanitised. */
class PackZipTest {

    private static EvidenceView named(String name) {
        return new EvidenceView(7, new Reference.Batch(3), name, "text/plain", 1, "0".repeat(64), "", "boss", Instant.EPOCH);
    }

    @Test
    void evidenceNamesKeepLettersDigitsDotsDashesAndUnderscoresOnly() {
        assertThat(PackTables.entry(named("电表 读数 (3月).pdf"))).isEqualTo("evidence/7-电表_读数__3月_.pdf");
        assertThat(PackTables.entry(named("..passwd"))).isEqualTo("evidence/7-__passwd");
        assertThat(PackTables.entry(named(".hidden"))).isEqualTo("evidence/7-_hidden");
        assertThat(PackTables.entry(named("a/../../b\\c"))).isEqualTo("evidence/7-a_______b_c");
        assertThat(PackTables.entry(named("x".repeat(300)))).hasSize("evidence/7-".length() + 100);
    }

    @Test
    void theManifestListsEveryEntryWithItsSha256AndNamesArePlain() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PackZip zip = new PackZip(out, Instant.parse("2026-12-02T12:00:00Z"))) {
            zip.text("a.txt", "abc");
            zip.text("evidence/1-b.txt", "");
            for (String bad : List.of("../x", "/etc/passwd", "a\\b", "a/../b", "MANIFEST.sha256", "a.txt", "")) {
                assertThatThrownBy(() -> zip.text(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
            }
            zip.finish();
        }
        List<String> names = new ArrayList<>();
        String manifest = "";
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                manifest = e.getName().equals(PackZip.MANIFEST) ? text : manifest;
            }
        }
        assertThat(names).containsExactly("a.txt", "evidence/1-b.txt", "MANIFEST.sha256");
        assertThat(manifest).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad  a.txt\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  evidence/1-b.txt\n");
    }
}
