package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Evidence and comments through the command line on the demo: attach, comment, explain, list, get (verified), the limit, refusals. */
class EvidenceCommandTest {

    private static CliRun esg(Path workspace, String... args) {
        return CliRun.esg(workspace, args);
    }

    private static void assertRefused(CliRun run, String zh, String en) {
        assertThat(run.exit()).as(run.all()).isEqualTo(EsgCommand.REFUSED);
        assertThat(run.err()).contains("错误：").contains(zh).contains("Error: ").contains(en).doesNotContain("Exception");
    }

    private static void assertDone(CliRun run, String out) {
        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).contains(out);
    }

    @Test
    void evidenceAndCommentsAreKeptShownAndReadBackVerified() throws Exception {
        Path ws = DemoFolders.demo("cli-evidence");
        String fact = CliRun.sql(ws, "select id from fact where indicator_code = 'employees_total' and entity_code = 'group' "
                + "and period_code = '2024' and breakdown = '' and nature = 'actual'");
        Long batch = CliRun.sql(ws, "select min(batch_id) from fact_source_row where fact_id = '" + fact + "'");
        Path dir = Files.createTempDirectory("evidence");
        Path scan = dir.resolve("payroll-2024-12.pdf");
        Files.write(scan, ("%PDF-1.7\n" + "payroll summary\n".repeat(200)).getBytes());

        assertDone(esg(ws, "attach", fact, scan.toString(), "--note", "December payroll"),
                "Evidence attached: #1 on fact " + fact + ": payroll-2024-12.pdf (application/pdf, 3.1 KiB), SHA-256 ");
        assertDone(esg(ws, "comment", "batch:" + batch, "roster exported from the HR system on 2025-01-03", "--by", "hr.contributor"),
                "Comment added: #1 on batch " + batch + " (hr.contributor)");
        assertRefused(esg(ws, "comment", fact, "looks fine", "--by", "auditor"), "审计人员", "auditor is an auditor and may not attach evidence or comment");
        Path empty = Files.createFile(dir.resolve("signed-form.pdf"));
        assertRefused(esg(ws, "attach", "batch:" + batch, empty.toString()), "文件 " + empty + " 为空（0 字节）", "File " + empty + " is empty");
        assertRefused(esg(ws, "attach", "row:" + batch + "/999999", scan.toString()), "没有已接受的第 999999 行", "has no accepted row 999999");
        assertRefused(esg(ws, "attach", "invoice-7", scan.toString()), "不是有效的引用", "is not a reference");

        assertDone(esg(ws, "evidence", "limit"), "Evidence limit: 25 MiB (26214400 bytes)");
        assertRefused(esg(ws, "evidence", "limit", "2KB", "--by", "reviewer", "--reason", "x"), "reviewer", "reviewer may not");
        assertDone(esg(ws, "evidence", "limit", "2KB", "--reason", "small test files"), "Evidence limit: 2 KiB (2048 bytes)");
        assertRefused(esg(ws, "attach", fact, scan.toString()), "超过本工作区的证据大小上限 2 KiB", "is larger than this workspace's evidence limit of 2 KiB");

        CliRun explain = esg(ws, "explain", fact);
        assertThat(explain.out()).as(explain.all()).contains("evidence #1 on fact " + fact + ": payroll-2024-12.pdf (application/pdf, 3.1 KiB, sha256 ")
                .contains("— December payroll").contains("comment #1 on batch " + batch + " by hr.contributor at ")
                .contains(": roster exported from the HR system on 2025-01-03");
        CliRun list = esg(ws, "evidence", "list", fact, "--format", "csv");
        assertThat(list.out()).as(list.all()).startsWith("id,kind,on,by,at,file,media_type,bytes,sha256,text\n")
                .contains("1,evidence," + fact + ",esg.manager");
        assertThat(esg(ws, "evidence", "list").out()).contains("batch:" + batch).contains("roster exported");

        Path copy = dir.resolve("out/copy.pdf");
        assertDone(esg(ws, "evidence", "get", "1", "--out", copy.toString()), "SHA-256 ");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(scan));
        CliRun.sql(ws, "update evidence_chunk set bytes = 'tampered'::bytea where evidence_id = 1");
        Path second = dir.resolve("out/second.pdf");
        CliRun tampered = esg(ws, "evidence", "get", "1", "--out", second.toString());
        assertThat(tampered.exit()).as(tampered.all()).isEqualTo(EsgCommand.FAILED);
        assertThat(tampered.err()).contains("与附加时不一致").contains("does not match what was attached");
        assertThat(second).doesNotExist();
        try (var left = Files.list(dir.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("copy.pdf");
        }

        CliRun audit = esg(ws, "audit", "--format", "csv");
        assertThat(audit.out()).contains(",attach,fact," + fact + ",").contains(",comment,batch," + batch + ",")
                .contains("File " + empty + " is empty");

        Path out = dir.resolve("report");
        assertThat(esg(ws, "report", "--year", "2024", "--format", "html", "--out", out.toString()).exit()).isZero();
        assertThat(Files.readString(out.resolve("lineage-2024.html"))).contains("<p>证据与评论 / Evidence and comments：</p>")
                .contains("payroll-2024-12.pdf").contains("roster exported from the HR system");
    }
}
