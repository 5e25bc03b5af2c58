package org.esgledger.app.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.esgledger.app.StoreTest;
import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.audit.internal.ChainCheck;
import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.app.report.Editions;
import org.esgledger.app.report.RenderOptions;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mitigation docs/audit.md describes against whoever can rewrite the whole chain: a render prints
 * the head in the data pack; the chain is then rewritten as the database's owner or a superuser would
 * (one event changed, every hash after it recomputed): verify alone finds nothing, verify with the
 * printed head names it. The test puts the original events back (the store's audit trail is shared).
 */
@StoreTest
class ChainAnchorTest {

    private static final Actor TESTER = Actor.user("anchor.tester", Set.of(Role.MANAGER), Scope.NONE);

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Changes changes;
    @Autowired
    Editions editions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void revokeAgain() {
        jdbc.sql("revoke update on audit_event from current_user").update();
    }

    @Test
    void aRewrittenChainPassesVerifyButNotVerifyWithTheHeadPrintedInTheDataPack() throws Exception {
        workspaces.demo();
        record("before the render");
        Path folder = Files.createTempDirectory("anchor");
        Path out = folder.resolve("out");
        editions.render(new RenderOptions(2024, DemoReportTemplate.install(folder.resolve("workspace")), List.of(Language.EN),
                Set.of("json", "csv"), out, false));
        ChainHead printed = printedHead(Files.readString(out.resolve("datapack-2024.json"), StandardCharsets.UTF_8));
        assertThat(printed).isEqualTo(changes.head());
        List<String> csv = Files.readAllLines(out.resolve("datapack-2024.csv"), StandardCharsets.UTF_8);
        assertThat(csv.get(csv.size() - 1)).contains("," + printed + ",");
        record("after the render");
        assertThat(changes.verify(Optional.of(printed))).isInstanceOf(ChainVerdict.Intact.class);

        List<AuditEvent> originals = events(printed.seq() - 1);
        jdbc.sql("grant update on audit_event to current_user").update();
        try {
            rewrite(originals, "nothing was rendered");
            assertThat(changes.verify()).as("verify alone cannot see a chain rewritten whole").isInstanceOf(ChainVerdict.Intact.class);
            ChainVerdict anchored = changes.verify(Optional.of(printed));
            assertThat(anchored).isInstanceOf(ChainVerdict.Broken.class);
            ChainVerdict.Broken broken = (ChainVerdict.Broken) anchored;
            assertThat(broken.breach()).isEqualTo(ChainVerdict.Breach.HEAD_NOT_IN_CHAIN);
            assertThat(broken.seq()).isEqualTo(printed.seq());
            assertThat(broken.detail()).contains("the anchored head " + printed + " is not in the chain");
        } finally {
            putBack(originals);
        }
        assertThat(changes.verify(Optional.of(printed))).isInstanceOf(ChainVerdict.Intact.class);
        ChainHead beyond = new ChainHead(changes.head().seq() + 5, printed.sha256());
        assertThat(changes.verify(Optional.of(beyond))).extracting(v -> ((ChainVerdict.Broken) v).breach(), v -> ((ChainVerdict.Broken) v).seq())
                .containsExactly(ChainVerdict.Breach.HEAD_NOT_IN_CHAIN, beyond.seq());
    }

    @Test
    void aHeadIsWrittenSeqColonSha256() {
        ChainHead head = ChainHead.parse(" 42:" + "AB".repeat(32) + " ");
        assertThat(head).isEqualTo(new ChainHead(42, "ab".repeat(32)));
        assertThat(head.toString()).isEqualTo("42:" + "ab".repeat(32));
        for (String bad : new String[] {"42", "42:abc", "x:" + "ab".repeat(32), "42:" + "zz".repeat(32)}) {
            assertThat(catchThrowableOfType(EsgException.class, () -> ChainHead.parse(bad)).text())
                    .satisfies(m -> {
                        assertThat(m.en()).startsWith("Not an audit chain head: \"" + bad + "\"");
                        assertThat(m.zh()).startsWith("不是审计链头");
                    });
        }
    }

    private void record(String what) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> changes.record(TESTER, Action.SETTING, Subject.of("test", what),
                Map.of("step", what), "anchor test"));
    }

    private static ChainHead printedHead(String json) {
        Matcher m = Pattern.compile("\"audit_head\": \\{\\s*\"seq\": ([0-9]+),\\s*\"sha256\": \"([0-9a-f]{64})\"").matcher(json);
        assertThat(m.find()).as("the data pack has its audit_head").isTrue();
        return new ChainHead(Long.parseLong(m.group(1)), m.group(2));
    }

    private List<AuditEvent> events(long from) {
        return changes.events(AuditQuery.ALL).stream().filter(e -> e.seq() >= from).toList();
    }

    /** As a superuser would: the first event's reason changed, every hash from it on recomputed and chained. */
    private void rewrite(List<AuditEvent> from, String reason) {
        String prev = from.get(0).prevHash();
        for (AuditEvent e : from) {
            AuditEvent changed = new AuditEvent(e.seq(), e.at(), e.actor(), e.action(), e.subjectKind(), e.subjectId(), e.entities(),
                    e == from.get(0) ? reason : e.reason(), e.before(), e.after(), prev, "");
            String hash = ChainCheck.content(changed).hash(prev);
            jdbc.sql("update audit_event set reason = ?, prev_hash = ?, hash = ? where seq = ?")
                    .params(changed.reason(), prev, hash, e.seq()).update();
            prev = hash;
        }
    }

    private void putBack(List<AuditEvent> originals) {
        for (AuditEvent e : originals) {
            jdbc.sql("update audit_event set reason = ?, prev_hash = ?, hash = ? where seq = ?")
                    .params(e.reason(), e.prevHash(), e.hash(), e.seq()).update();
        }
    }
}
