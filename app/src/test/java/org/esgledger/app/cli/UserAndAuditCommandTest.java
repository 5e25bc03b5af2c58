package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.user.Users;
import org.junit.jupiter.api.Test;

/** Users and the audit trail through the command line: the first user, who may act, refusals recorded, the chain verified. */
class UserAndAuditCommandTest {

    private static CliRun esg(Path workspace, String... args) {
        return CliRun.esg(workspace, args);
    }

    private static void assertRefused(CliRun run, String zh, String en) {
        assertThat(run.exit()).as(run.all()).isEqualTo(EsgCommand.REFUSED);
        assertThat(run.err()).contains("错误：").contains(zh).contains("Error: ").contains(en).doesNotContain("Exception");
    }

    @Test
    void aWorkspaceStartsWithItsFirstAdmin() throws Exception {
        TestWorkspaces.embeddedOnly();
        Path ws = TestWorkspaces.folder("cli-first-user");
        Path file = Files.createTempDirectory("users").resolve("donations.csv");
        Files.writeString(file, "捐赠日期,捐赠主体,受赠方,国家/地区,金额,币种,用途,形式,备注\n");
        if (esg(ws, "user", "list", "--format", "csv").out().lines().count() <= 1) {
            // a workspace with neither set-up nor users says first what it needs first
            assertRefused(esg(ws, "import", "--ledger", "donations", file.toString()), "该工作区尚未初始化",
                    "This workspace is not set up: it has no units, no indicator catalogue and no frameworks yet. Run esg init "
                            + "--name-zh NAME --name-en NAME (a company's workspace) or esg demo");
            assertRefused(esg(ws, "user", "add", "first.boss", "--role", "manager"), "必须是管理员", "must be an admin");
            CliRun first = esg(ws, "user", "add", "first.boss", "--role", "admin,manager", "--display", "First Boss");
            assertThat(first.exit()).as(first.all()).isZero();
            assertThat(first.out()).contains("User added: first.boss (admin,manager)");
        }
        assertRefused(esg(ws, "user", "add", "second", "--role", "contributor"), "未对应此工作区的任何用户",
                "Your login \"" + Users.osLogin() + "\" is not mapped to a user of this workspace");
        assertRefused(esg(ws, "user", "add", "Bad Name", "--role", "auditor", "--by", "first.boss"), "不是有效的用户名",
                "\"Bad Name\" is not a user name");
        CliRun list = esg(ws, "user", "list", "--format", "csv");
        assertThat(list.out().lines()).contains("first.boss,First Boss,\"admin,manager\",,true,");
        assertThat(list.out()).doesNotContain("second");

        // reading the trail is an admin's, a manager's or an auditor's: this login is mapped to no user
        assertRefused(esg(ws, "audit", "verify"), "未对应此工作区的任何用户", "is not mapped to a user of this workspace");
        assertThat(esg(ws, "audit", "verify", "--by", "first.boss").exit()).isZero();
        long seq = CliRun.sql(ws, "select max(seq) from audit_event");
        String actor = CliRun.sql(ws, "select actor from audit_event where seq = " + seq);
        CliRun.sql(ws, "grant update on audit_event to current_user; update audit_event set actor = 'someone.else' where seq = " + seq);
        try {
            CliRun broken = esg(ws, "audit", "verify", "--by", "first.boss");
            assertThat(broken.exit()).as(broken.all()).isEqualTo(EsgCommand.FAILED);
            assertThat(broken.err()).contains("审计链在事件 " + seq + " 处被破坏（内容被修改）")
                    .contains("Audit chain broken at event " + seq + " (content changed)");
        } finally {
            CliRun.sql(ws, "update audit_event set actor = '" + actor + "' where seq = " + seq + "; revoke update on audit_event from current_user");
        }
        assertThat(esg(ws, "audit", "verify", "--by", "first.boss").exit()).isZero();
    }

    @Test
    void onlyKnownUsersWithinTheirScopeChangeDataAndEveryRefusalIsOnTheRecord() throws Exception {
        Path ws = DemoFolders.demo("cli-users");
        Path file = Files.createTempDirectory("users").resolve("donations-extra.csv");
        Files.writeString(file, "捐赠日期,捐赠主体,受赠方,国家/地区,金额,币种,用途,形式,备注\n2024-05-01,广东熵基,某小学,CN,1000,CNY,助学,现金,\n");
        long eventsBefore = esg(ws, "audit", "--format", "csv").out().lines().count();

        assertRefused(esg(ws, "import", "--ledger", "donations", file.toString(), "--by", "mallory"), "未知用户“mallory”",
                "Unknown user \"mallory\"");
        assertRefused(esg(ws, "import", "--ledger", "donations", file.toString(), "--by", "hr.contributor"), "超出其范围",
                "hr.contributor may not import ledgers for ledger donations: it is outside their scope");
        assertRefused(esg(ws, "compute", "--year", "2024", "--by", "auditor"), "审计人员只读",
                "auditor is an auditor and may not compute or freeze a year: auditors read, they change nothing");
        assertRefused(esg(ws, "report", "--year", "2024", "--format", "json", "--by", "hr.contributor", "--out", ws.resolve("nope").toString()),
                "hr.contributor", "hr.contributor may not compute or freeze a year: that needs the role");
        assertThat(ws.resolve("nope").resolve("datapack-2024.json")).as("a refused rendering writes nothing").doesNotExist();
        CliRun refusals = esg(ws, "audit", "--format", "csv");
        assertThat(refusals.out().lines().count()).as("four refusals recorded, nothing else").isEqualTo(eventsBefore + 4);
        assertRefused(esg(ws, "audit", "verify", "--by", "hr.contributor"), "hr.contributor", "hr.contributor may not read");
        assertThat(esg(ws, "audit", "--user", "mallory", "--format", "csv").out()).contains("refused").contains("Unknown user");
        assertThat(esg(ws, "audit", "--user", "hr.contributor", "--format", "json").out()).contains("\"action\": \"refused\"")
                .contains("outside their scope");

        CliRun imported = esg(ws, "import", "--ledger", "donations", file.toString());
        assertThat(imported.exit()).as(imported.all()).isZero();
        CliRun audit = esg(ws, "audit", "--user", "esg.manager");
        assertThat(audit.out()).contains("import").contains("facts_from_ledger").contains("donations-extra.csv");
        String donations = esg(ws, "facts", "--year", "2024", "--stored-only", "--format", "csv").out().lines()
                .filter(l -> l.contains(",charitable_donation,") && l.contains(",guangdong_zkteco,2024,,actual,")).findFirst().orElseThrow();
        List<String> history = esg(ws, "facts", "--history", donations.substring(0, donations.indexOf(',')), "--format", "csv").out()
                .lines().toList();
        assertThat(history).hasSize(3);
        assertThat(history.get(2)).startsWith("2,33000,CNY,draft,computed,esg.manager,").contains(",facts_from_ledger,batch ");

        assertThat(esg(ws, "user", "add", "temp.clerk", "--role", "contributor", "--by", "esg.manager").exit()).isZero();
        assertThat(esg(ws, "user", "scope", "temp.clerk", "--ledger", "donations").out()).contains("Scope of temp.clerk: ledger donations");
        assertThat(esg(ws, "user", "disable", "temp.clerk", "--reason", "left the company").exit()).isZero();
        assertRefused(esg(ws, "compute", "--year", "2024", "--by", "temp.clerk"), "已停用", "User temp.clerk is disabled");
        assertThat(esg(ws, "user", "enable", "temp.clerk", "--reason", "came back").out()).contains("Enabled: temp.clerk");
        assertThat(esg(ws, "user", "roles", "temp.clerk", "--role", "reviewer,contributor", "--reason", "reviews donations now").out())
                .contains("Roles changed: temp.clerk (contributor,reviewer)");
        assertRefused(esg(ws, "user", "roles", "esg.manager", "--role", "manager", "--reason", "no admin"), "最后一位启用中的管理员",
                "esg.manager is the last enabled admin of the workspace");
        assertThat(esg(ws, "audit", "--user", "esg.manager", "--format", "csv").out()).contains("user_enable").contains("user_roles")
                .contains("reviews donations now");

        CliRun verify = esg(ws, "audit", "verify");
        assertThat(verify.exit()).as(verify.all()).isZero();
        assertThat(verify.out()).contains("Audit chain intact");
    }
}
