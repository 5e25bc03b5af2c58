package org.esgledger.app.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestActors;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.AuditEvent;
import org.esgledger.app.audit.AuditQuery;
import org.esgledger.app.audit.Changes;
import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.calculation.ExplainNode;
import org.esgledger.app.calculation.Explanations;
import org.esgledger.app.period.Locks;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Evidence and comments on the real store: attach and read back, the refusals (recorded, nothing stored), who may, and explain. */
@StoreTest
class EvidenceTest {

    static final Actor BOSS = TestActors.manager("boss");
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0};

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Evidence evidence;
    @Autowired
    Comments comments;
    @Autowired
    Explanations explanations;
    @Autowired
    Locks locks;
    @Autowired
    Changes changes;
    @Autowired
    JdbcClient jdbc;

    /** A stored fact of the 2024 snapshot computed from roster rows: its id, its batch and one of its rows. */
    record Computed(String fact, long batch, int row) {
    }

    private Computed computed() {
        return jdbc.sql("""
                        select r.fact_id, r.batch_id, min(r.row_no) from fact_source_row r join fact f on f.id = r.fact_id
                        where f.indicator_code = 'employees_total' and f.entity_code = 'group' and f.period_code = '2024'
                        group by r.fact_id, r.batch_id order by r.batch_id limit 1""")
                .query((rs, n) -> new Computed(rs.getString(1), rs.getLong(2), rs.getInt(3))).single();
    }

    private static Upload upload(String name, byte[] bytes) {
        return new Upload(name, new ByteArrayInputStream(bytes), bytes.length);
    }

    private static byte[] photo(int size) {
        byte[] bytes = new byte[size];
        new Random(13).nextBytes(bytes);
        System.arraycopy(JPEG, 0, bytes, 0, JPEG.length);
        return bytes;
    }

    private static EsgException refusal(Runnable action) {
        Throwable t = catchThrowable(action::run);
        assertThat(t).isInstanceOf(EsgException.class);
        return (EsgException) t;
    }

    private AuditEvent lastEvent() {
        List<AuditEvent> all = changes.events(AuditQuery.ALL);
        return all.get(all.size() - 1);
    }

    private long stored(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void aFileIsKeptInChunksAndReadBackByteIdenticalAndHashChecked() throws Exception {
        workspaces.demoToChange();
        Computed c = computed();
        byte[] bytes = photo(3 * 1024 * 1024 + 17);
        EvidenceView e = evidence.attach(BOSS, new Reference.Fact(c.fact()), upload("scans/meter-2024-03.pdf", bytes), " March reading ");

        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertThat(e.sha256()).isEqualTo(sha);
        assertThat(e.size()).isEqualTo(bytes.length);
        assertThat(e.fileName()).isEqualTo("meter-2024-03.pdf");
        assertThat(e.mediaType()).as("the content says JPEG, whatever the name says").isEqualTo("image/jpeg");
        assertThat(e.note()).isEqualTo("March reading");
        assertThat(jdbc.sql("select count(*) from evidence_chunk where evidence_id = ?").param(e.id()).query(Long.class).single())
                .as("1 MiB chunks").isEqualTo(4);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadBack read = evidence.read(BOSS, e.id(), out);
        assertThat(read.intact()).isTrue();
        assertThat(out.toByteArray()).isEqualTo(bytes);

        AuditEvent event = lastEvent();
        assertThat(event.action()).isEqualTo("attach");
        assertThat(event.subjectKind() + " " + event.subjectId()).isEqualTo("fact " + c.fact());
        assertThat(event.after()).contains("\"sha256\":\"" + sha + "\"").contains("\"evidence\":\"" + e.id() + "\"");
        assertThat(event.reason()).isEqualTo("March reading");

        jdbc.sql("update evidence_chunk set bytes = ? where evidence_id = ? and chunk_no = 1").params(new byte[] {1, 2, 3}, e.id()).update();
        ReadBack tampered = evidence.read(BOSS, e.id(), new ByteArrayOutputStream());
        assertThat(tampered.intact()).as("a chunk changed in the store is caught on the way out").isFalse();
        assertThat(tampered.sha256()).isNotEqualTo(sha);
    }

    @Test
    void anEmptyFileIsRefusedRecordedAndNothingIsStored() {
        workspaces.demoToChange();
        Computed c = computed();
        EsgException refused = refusal(() -> evidence.attach(BOSS, new Reference.Batch(c.batch()), upload("empty-invoice.pdf", new byte[0]), ""));
        assertThat(refused.text().en()).isEqualTo("File empty-invoice.pdf is empty (0 bytes): nothing attached");
        assertThat(refused.text().zh()).isEqualTo("文件 empty-invoice.pdf 为空（0 字节）：未附加任何内容");
        assertThat(stored("evidence") + stored("evidence_chunk")).isZero();
        AuditEvent last = lastEvent();
        assertThat(last.action()).isEqualTo("refused");
        assertThat(last.subjectKind() + " " + last.subjectId()).isEqualTo("batch " + c.batch());
        assertThat(last.after()).contains("\"attempted\":\"attach\"").contains("empty-invoice.pdf");
    }

    @Test
    void aFileOverTheLimitIsRefusedOneByteInWithNothingStored() {
        workspaces.demoToChange();
        Computed c = computed();
        assertThat(evidence.limit()).isEqualTo(25L * 1024 * 1024);
        assertThat(evidence.limit(BOSS, "1MB", "small files only")).isEqualTo(1024 * 1024);
        assertThat(lastEvent().action()).isEqualTo("setting");
        assertThat(refusal(() -> evidence.limit(BOSS, "2TB", "big")).text().en()).startsWith("\"2TB\" is not a size between 1 KiB and 1 GiB");
        assertThat(refusal(() -> evidence.limit(Actor.user("clerk", Set.of(Role.CONTRIBUTOR), Scope.NONE), "2MB", "x")).text().en())
                .startsWith("clerk may not change the workspace set-up");

        Generated big = new Generated(50L * 1024 * 1024);
        Reference row = new Reference.Row(c.batch(), c.row());
        EsgException refused = refusal(() -> evidence.attach(BOSS, row, new Upload("site-video.mp4", big, -1), ""));
        assertThat(refused.text().en()).startsWith("File site-video.mp4 is larger than this workspace's evidence limit of 1 MiB (1048576 bytes)");
        assertThat(refused.text().zh()).startsWith("文件 site-video.mp4 超过本工作区的证据大小上限 1 MiB");
        assertThat(big.read).as("reading stopped one byte past the limit").isEqualTo(1024 * 1024 + 1);
        assertThat(stored("evidence") + stored("evidence_chunk")).as("nothing stored").isZero();
        assertThat(lastEvent().after()).contains("\"attempted\":\"attach\"");
        assertThat(lastEvent().subjectId()).isEqualTo(c.batch() + "/" + c.row());

        Generated declared = new Generated(5L * 1024 * 1024);
        refusal(() -> evidence.attach(BOSS, row, new Upload("declared.bin", declared, 5L * 1024 * 1024), ""));
        assertThat(declared.read).as("a file on disk larger than the limit is refused before a byte is read").isZero();
        assertThat(stored("evidence") + stored("evidence_chunk")).isZero();
    }

    @Test
    void aReferenceToNothingIsRefusedAndRecorded() {
        workspaces.demoToChange();
        Computed c = computed();
        byte[] bytes = photo(100);
        assertThat(refusal(() -> evidence.attach(BOSS, Reference.parse("F0000000000000000"), upload("a.jpg", bytes), "")).text().en())
                .startsWith("There is no stored fact F0000000000000000 in this workspace");
        assertThat(lastEvent().after()).contains("\"attempted\":\"attach\"");
        assertThat(refusal(() -> comments.comment(BOSS, Reference.parse("rd_staff_share@group@2024"), "derived")).text().en())
                .as("a derived figure is no stored fact").startsWith("There is no stored fact F");
        assertThat(refusal(() -> comments.comment(BOSS, Reference.parse("batch:987654"), "x")).text().en())
                .isEqualTo("There is no ledger batch 987654 in this workspace");
        assertThat(refusal(() -> comments.comment(BOSS, Reference.parse("row:" + c.batch() + "/999999"), "x")).text().en())
                .startsWith("Ledger batch " + c.batch() + " has no accepted row 999999");
        assertThat(lastEvent().after()).contains("\"attempted\":\"comment\"");
        assertThat(refusal(() -> Reference.parse("invoice 7")).text().en()).startsWith("\"invoice 7\" is not a reference");
        assertThat(stored("evidence") + stored("comment")).isZero();
    }

    @Test
    void onlyUsersInScopeMayAttachOrCommentAndNeverAnAuditor() {
        workspaces.demoToChange();
        Computed c = computed();
        Actor hr = Actor.user("hr.clerk", Set.of(Role.CONTRIBUTOR), new Scope(Set.of(), Set.of("employees"), Set.of()));
        Actor auditor = Actor.user("assurer", Set.of(Role.AUDITOR), Scope.NONE);
        Actor admin = Actor.user("it.admin", Set.of(Role.ADMIN), Scope.NONE);

        EsgException outside = refusal(() -> comments.comment(hr, new Reference.Fact(c.fact()), "headcount checked"));
        assertThat(outside.text().en()).startsWith("hr.clerk may not attach evidence or comment for entity group: it is outside their scope");
        assertThat(lastEvent().action()).isEqualTo("refused");
        EsgException reads = refusal(() -> evidence.attach(auditor, new Reference.Batch(c.batch()), upload("a.jpg", photo(10)), ""));
        assertThat(reads.text().en()).startsWith("assurer is an auditor and may not attach evidence or comment");
        assertThat(stored("evidence") + stored("evidence_chunk") + stored("comment")).isZero();

        CommentView ok = comments.comment(hr, new Reference.Row(c.batch(), c.row()), "  hire date confirmed with the contract  ");
        assertThat(ok.text()).isEqualTo("hire date confirmed with the contract");
        assertThat(comments.comment(admin, new Reference.Batch(c.batch()), "roster export from the HR system").by()).isEqualTo("it.admin");
        assertThat(refusal(() -> comments.comment(hr, new Reference.Batch(c.batch()), " ")).text().en()).isEqualTo("A comment needs a text");
        assertThat(stored("comment")).isEqualTo(2);
    }

    @Test
    void evidenceIsReadOnlyWithinTheReadersScopeAndARefusalIsRecorded() {
        workspaces.demoToChange();
        Computed c = computed();
        EvidenceView onFact = evidence.attach(BOSS, new Reference.Fact(c.fact()), upload("payroll.pdf", photo(64)), "");
        EvidenceView onBatch = evidence.attach(BOSS, new Reference.Batch(c.batch()), upload("roster.pdf", photo(64)), "");
        Actor hr = Actor.user("hr.reader", Set.of(Role.CONTRIBUTOR), new Scope(Set.of(), Set.of("employees"), Set.of()));
        Actor auditor = Actor.user("assurer", Set.of(Role.AUDITOR), Scope.NONE);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EsgException refused = refusal(() -> evidence.read(hr, onFact.id(), out));
        assertThat(refused.text().en()).startsWith("hr.reader may not read").contains("entity group: it is outside their scope");
        assertThat(out.size()).as("not one byte before the check").isZero();
        assertThat(lastEvent().action()).isEqualTo("refused");
        assertThat(lastEvent().actor()).isEqualTo("hr.reader");
        assertThat(lastEvent().after()).contains("\"attempted\":\"read\"");

        assertThat(evidence.read(hr, onBatch.id(), out).intact()).as("the batch's ledger kind is in scope").isTrue();
        assertThat(evidence.read(auditor, onFact.id(), new ByteArrayOutputStream()).intact()).isTrue();
    }

    @Test
    void explainShowsTheEvidenceAndCommentsOfAFactItsBatchAndItsRows() {
        workspaces.demoToChange();
        Computed c = computed();
        assertThat(evidence.byFact()).as("the demo has none").isEmpty();
        locks.lock(2024, "published 2025-04-18", BOSS);
        EvidenceView file = evidence.attach(BOSS, new Reference.Row(c.batch(), c.row()), upload("contract.jpg", photo(2048)), "signed contract");
        assertThat(lastEvent().after()).as("a locked year's figures may be documented: recorded as such")
                .doesNotContain("period_locked");
        CommentView remark = comments.comment(BOSS, new Reference.Fact(c.fact()), "Headcount checked\nagainst payroll");
        assertThat(lastEvent().after()).contains("\"period_locked\":\"2024\"").contains("Headcount checked");

        ExplainNode n = explanations.explain(c.fact(), 1);
        assertThat(n.factId()).isEqualTo(c.fact());
        assertThat(n.annotations().evidence()).extracting(EvidenceView::id).containsExactly(file.id());
        assertThat(n.annotations().comments()).extracting(CommentView::id).containsExactly(remark.id());
        assertThat(n.annotations().lines()).containsExactly(
                "evidence #" + file.id() + " on row " + c.batch() + "/" + c.row() + ": contract.jpg (image/jpeg, 2 KiB, sha256 "
                        + file.sha256().substring(0, 12) + "…) attached by boss at " + file.at().truncatedTo(ChronoUnit.SECONDS)
                        + " — signed contract",
                "comment #" + remark.id() + " on fact " + c.fact() + " by boss at " + remark.at().truncatedTo(ChronoUnit.SECONDS)
                        + ": Headcount checked ↵ against payroll");
        Map<String, Annotations> byFact = evidence.byFact();
        assertThat(byFact.get(c.fact()).evidence()).hasSize(1);
        assertThat(evidence.list(Optional.of(new Reference.Row(c.batch(), c.row())))).extracting(EvidenceView::id).containsExactly(file.id());
        assertThat(evidence.list(Optional.of(new Reference.Batch(c.batch())))).as("a batch's own, not its rows'").isEmpty();
    }

    /** A stream of {@code length} bytes that counts how many were read (none are held). */
    static final class Generated extends InputStream {
        final long length;
        long read;

        Generated(long length) {
            this.length = length;
        }

        @Override
        public int read() {
            if (read >= length) {
                return -1;
            }
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (read >= length) {
                return -1;
            }
            int n = (int) Math.min(len, length - read);
            Arrays.fill(b, off, off + n, (byte) 'x');
            read += n;
            return n;
        }
    }
}
