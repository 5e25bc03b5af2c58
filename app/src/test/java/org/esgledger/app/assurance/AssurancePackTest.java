package org.esgledger.app.assurance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.evidence.Evidence;
import org.esgledger.app.evidence.EvidenceView;
import org.esgledger.app.evidence.Reference;
import org.esgledger.app.evidence.Upload;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's 2024 assurance pack read back: the manifest, the data pack, the lineage, the audit chain, an evidence file; tampering and refusals. */
@StoreTest
class AssurancePackTest {

    static final Actor BOSS = TestActors.manager("boss");
    static final Actor AUDITOR = Actor.user("kpmg", Set.of(Role.AUDITOR), Scope.NONE);
    static final Actor CONTRIBUTOR = Actor.user("hr.a", Set.of(Role.CONTRIBUTOR), new Scope(Set.of("zkteco"), Set.of("employees"), Set.of()));

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    AssurancePacks packs;
    @Autowired
    Evidence evidence;
    @Autowired
    Changes changes;
    @Autowired
    JdbcClient jdbc;

    /** A stored fact of 2024 computed from roster rows, and one batch and row it counts. */
    record Computed(String fact, long batch, int row) {
    }

    private Computed computed() {
        return jdbc.sql("""
                        select r.fact_id, r.batch_id, min(r.row_no) from fact_source_row r join fact f on f.id = r.fact_id
                        where f.indicator_code = 'employees_total' and f.entity_code = 'group' and f.period_code = '2024'
                        group by r.fact_id, r.batch_id order by r.batch_id limit 1""")
                .query((rs, n) -> new Computed(rs.getString(1), rs.getLong(2), rs.getInt(3))).single();
    }

    private EvidenceView attach(Reference on, String name, byte[] bytes) {
        return evidence.attach(BOSS, on, new Upload(name, new ByteArrayInputStream(bytes), bytes.length), "meter reading");
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String text(Map<String, byte[]> entries, String name) {
        assertThat(entries).containsKey(name);
        return new String(entries.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void theYearsPackHoldsTheDataPackLineageAuditChainAndEvidenceEachListedWithItsSha256() throws Exception {
        workspaces.demoToChange();
        Computed c = computed();
        byte[] scan = "%PDF-1.4 meter reading March 2024\n".getBytes(StandardCharsets.UTF_8);
        EvidenceView onFact = attach(new Reference.Fact(c.fact()), "电表 读数 (3月)\"<x>.pdf", scan);
        byte[] sheet = "roster checked\n".getBytes(StandardCharsets.UTF_8);
        EvidenceView onRow = attach(new Reference.Row(c.batch(), c.row()), "row.txt", sheet);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AssurancePack pack = packs.write(AUDITOR, 2024, out);
        Map<String, byte[]> entries = unzip(out.toByteArray());

        // the manifest lists every other entry, with the SHA-256 of its bytes
        List<String> lines = text(entries, "MANIFEST.sha256").lines().toList();
        assertThat(lines).hasSize(entries.size() - 1);
        for (String line : lines) {
            String name = line.substring(66);
            assertThat(line.substring(64, 66)).isEqualTo("  ");
            assertThat(entries).as(name).containsKey(name);
            assertThat(sha256(entries.get(name))).as(name).isEqualTo(line.substring(0, 64));
        }
        assertThat(pack.files()).hasSize(lines.size());

        // the data pack, written by the report module, its figures marked with the report sections that print them
        String json = text(entries, "datapack-2024.json");
        assertThat(json).contains("\"fiscal_year\": 2024").contains("\"fact_id\": \"" + c.fact() + "\"").contains("\"in_report\": true");
        assertThat(text(entries, "datapack-2024.csv")).startsWith("\uFEFFfact_id,indicator,").contains("audit_chain_head");
        assertThat(json).as("the data pack's audit head is the pack's").contains("\"sha256\": \"" + pack.head().sha256() + "\"");

        // the lineage down to the ledger rows, and the batches' provenance
        assertThat(text(entries, "lineage-2024.json")).contains("\"fact_id\": \"" + c.fact() + "\"").contains("ledger employees batch " + c.batch());
        assertThat(text(entries, "lineage-rows-2024.csv").contains("\n" + c.fact() + ",employees_total@group@2024")).isTrue();
        assertThat(text(entries, "lineage-rows-2024.csv").lines().anyMatch(l -> l.startsWith(c.fact() + ",") && l.endsWith("," + c.row())
                && l.contains("," + c.batch() + ",employees,"))).as("the row the fact counts").isTrue();
        String batches = text(entries, "ledger-batches-2024.csv");
        assertThat(batches).startsWith("\uFEFFbatch,kind,file,sha256,").contains("\n" + c.batch() + ",employees,");

        // the audit chain up to the head, with the attachments in it
        List<AuditEvent> events = changes.events(AuditQuery.ALL);
        String audit = text(entries, "audit-events.csv");
        assertThat(audit).startsWith("\uFEFFseq,at,actor,action,subject_kind,subject_id,entities,reason,before,after,hash\n")
                .contains(events.get(events.size() - 1).hash());
        assertThat(audit.lines().count()).isGreaterThanOrEqualTo(events.size() + 1);
        assertThat(pack.auditEvents()).isEqualTo(events.size());
        assertThat(pack.head()).isEqualTo(changes.head());

        // the evidence, byte for byte, under names the pack makes
        assertThat(entries.get("evidence/" + onFact.id() + "-电表_读数__3月___x_.pdf")).as(entries.keySet().toString()).isEqualTo(scan);
        assertThat(entries.get("evidence/" + onRow.id() + "-row.txt")).isEqualTo(sheet);
        assertThat(entries.keySet()).allMatch(n -> !n.contains("..") && !n.startsWith("/"));
        assertThat(text(entries, "evidence-2024.csv")).contains(onFact.sha256()).contains(onRow.sha256());

        assertThat(text(entries, "pack.json")).contains("\"fiscal_year\": 2024").contains("\"made_by\": \"kpmg\"")
                .contains("\"sha256\": \"" + changes.head().sha256() + "\"").contains("\"id\": " + pack.snapshot());
        assertThat(text(entries, "README.txt")).contains("sha256sum -c MANIFEST.sha256");
    }

    @Test
    void anEvidenceFileChangedInTheStoreRefusesThePack() {
        workspaces.demoToChange();
        EvidenceView e = attach(new Reference.Fact(computed().fact()), "meter.pdf", "%PDF-1.4 reading\n".getBytes(StandardCharsets.UTF_8));
        jdbc.sql("update evidence_chunk set bytes = ? where evidence_id = ?").params(new byte[] {1, 2, 3}, e.id()).update();

        Throwable t = catchThrowable(() -> packs.write(BOSS, 2024, new ByteArrayOutputStream()));
        assertThat(t).isInstanceOf(EsgException.class);
        assertThat(((EsgException) t).problem().key()).isEqualTo("assurance.evidenceCorrupted");
        assertThat(((EsgException) t).problem().en()).contains("#" + e.id()).contains(e.sha256());
    }

    @Test
    void aContributorIsRefusedRecordedAndGetsNoByte() {
        workspaces.demo();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Throwable t = catchThrowable(() -> packs.write(CONTRIBUTOR, 2024, out));
        assertThat(t).isInstanceOf(EsgException.class);
        assertThat(out.size()).isZero();
        List<AuditEvent> events = changes.events(AuditQuery.ALL);
        AuditEvent last = events.get(events.size() - 1);
        assertThat(last.actor()).isEqualTo("hr.a");
        assertThat(last.action()).isEqualTo("refused");
        assertThat(last.after()).contains("\"attempted\":\"read\"");
        assertThat(AssurancePacks.mayRead(CONTRIBUTOR)).isFalse();
        assertThat(AssurancePacks.mayRead(AUDITOR)).isTrue();
    }

    @Test
    void aYearWithoutSnapshotIsRefusedBeforeAnyByte() {
        workspaces.demo();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Throwable t = catchThrowable(() -> packs.write(AUDITOR, 2019, out));
        assertThat(((EsgException) t).problem().key()).isEqualTo("explain.noSnapshot");
        assertThat(out.size()).isZero();
    }
}
