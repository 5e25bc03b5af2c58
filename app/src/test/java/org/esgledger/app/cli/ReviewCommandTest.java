package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Review through the command line on the demo: a contributor submits, a reviewer approves, four-eyes, reasons, report --final. */
class ReviewCommandTest {

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

    private static String factId(Path ws, String indicator, String entityYear) {
        String year = entityYear.substring(entityYear.indexOf(',') + 1);
        String all = esg(ws, "facts", "--year", year, "--stored-only", "--format", "csv").out();
        String line = all.lines().filter(l -> l.contains("," + indicator + ",") && l.contains("," + entityYear + ",")).findFirst()
                .orElseThrow(() -> new AssertionError(all.lines().limit(3).toList()));
        return line.substring(0, line.indexOf(','));
    }

    @Test
    void aContributorSubmitsASecondUserApprovesAndTheFinalReportWaitsForApproval() throws Exception {
        Path ws = DemoFolders.demo("cli-review");
        CliRun fin = esg(ws, "report", "--year", "2024", "--final", "--format", "html", "--out", ws.resolve("final").toString());
        assertRefused(fin, "处报告数据所依据的数值尚未批准（--final）", "printed figures rest on values that are not approved (--final): ");
        assertThat(fin.err()).contains("rd_staff_share@group@2024 (innovation-driven): F627483b727457f1b, Face6866e8059f8be; ")
                .contains("employees_total@group@2024 (protection-of-employee-rights-and-interests): Face6866e8059f8be");
        assertThat(ws.resolve("final").resolve("render-report-2024.md")).doesNotExist();

        Path dir = Files.createTempDirectory("review");
        Path clerkFile = dir.resolve("clerk.csv");
        Files.writeString(clerkFile, "indicator,entity,period,breakdown,nature,value,unit,status,source,note\n"
                + "employees_total,group,2032,,actual,100,人,draft,HR,\n");
        assertThat(esg(ws, "user", "add", "clerk", "--role", "contributor", "--by", "esg.manager").exit()).isZero();
        assertThat(esg(ws, "user", "scope", "clerk", "--entity", "group").exit()).isZero();
        assertThat(esg(ws, "load", "facts", clerkFile.toString(), "--by", "clerk").exit()).isZero();
        String id = factId(ws, "employees_total", "group,2032");

        assertRefused(esg(ws, "approve", id, "--by", "reviewer"), "只有状态为 submitted 的数据才能执行 approve",
                "fact " + id + " is draft: approve applies only to a value that is submitted");
        assertDone(esg(ws, "submit", id, "--by", "clerk"), "fact " + id + " → submitted: 1 facts, 0 batches (clerk)");
        assertRefused(esg(ws, "approve", id, "--by", "clerk"), "clerk", "clerk may not review data: that needs the role manager / reviewer");
        assertRefused(esg(ws, "reject", id, "--by", "reviewer"), "退回须说明理由", "A rejection needs a reason");
        assertDone(esg(ws, "reject", id, "--by", "reviewer", "--reason", "the roster says 104"), "→ rejected");
        assertDone(esg(ws, "submit", "--entity", "group", "--year", "2032", "--by", "clerk"), "→ submitted: 1 facts");
        assertDone(esg(ws, "approve", id, "--by", "reviewer"), "→ approved: 1 facts, 0 batches (reviewer)");
        assertThat(esg(ws, "facts", "--history", id, "--format", "csv").out()).contains(",submit,").contains(",reject,")
                .contains(",approve,").contains("the roster says 104");

        Path ownFile = dir.resolve("own.csv");
        Files.writeString(ownFile, "indicator,entity,period,breakdown,nature,value,unit,status,source,note\n"
                + "employees_total,group,2024,,actual,5000,人,draft,HR head count,\n");
        assertThat(esg(ws, "load", "facts", ownFile.toString(), "--by", "esg.manager").exit()).isZero();
        String own = factId(ws, "employees_total", "group,2024");
        assertDone(esg(ws, "submit", own), "→ submitted");
        assertRefused(esg(ws, "approve", own), "四眼原则", "esg.manager may not approve fact " + own + ": they entered or imported it");
        assertRefused(esg(ws, "review", "four-eyes", "off", "--by", "reviewer", "--reason", "x"), "reviewer", "reviewer may not");
        assertDone(esg(ws, "review", "four-eyes", "off", "--reason", "one-person company"), "four-eyes rule: off");
        assertDone(esg(ws, "approve", own), "→ approved");
        CliRun explain = esg(ws, "explain", "employees_total@group@2024");
        assertThat(explain.out()).as(explain.all()).contains("approved by esg.manager (approved by the same person who entered it: four-eyes rule off)");
        assertRefused(esg(ws, "approve", "--by", "reviewer"), "请指明复核对象", "Say what to review");

        CliRun audit = esg(ws, "audit", "--format", "csv");
        assertThat(audit.out()).contains(",refused,").contains(",submit,").contains(",approve,").contains(",reject,").contains(",setting,");
        CliRun verify = esg(ws, "audit", "verify");
        assertThat(verify.exit()).as(verify.all()).isZero();
    }
}
