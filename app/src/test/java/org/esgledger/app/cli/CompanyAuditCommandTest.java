package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.Test;

/**
 * A company's workspace through the command line: what {@code esg init} records, who may load the
 * organisation and the catalogue (refusals exit 2 in zh and en, recorded), each load one audit event
 * with its file and SHA-256, and the chain's head printed and checked as an anchor.
 */
class CompanyAuditCommandTest {

    private static CliRun esg(Path workspace, String... args) {
        return CliRun.esg(workspace, args);
    }

    private static void assertRefused(CliRun run, String zh, String en) {
        assertThat(run.exit()).as(run.all()).isEqualTo(EsgCommand.REFUSED);
        assertThat(run.err()).contains("错误：").contains(zh).contains("Error: ").contains(en).doesNotContain("Exception");
    }

    @Test
    void loadsOfTheOrganisationAndTheCatalogueAreAuthorisedAndRecordedAndTheHeadAnchorsTheChain() throws Exception {
        TestWorkspaces.embeddedOnly();
        Path ws = TestWorkspaces.emptyFolder("cli-company-audit");
        CliRun init = esg(ws, "init", "--name-zh", "示例公司", "--name-en", "Example Co.", "--admin", "owner");
        assertThat(init.exit()).as(init.all()).isZero();
        String trail = esg(ws, "audit", "--format", "csv").out();
        assertThat(trail).contains(",owner,user_add,user,owner,", ",owner,setup,workspace,setup,", ",owner,load,catalogue,indicators,",
                ",owner,load,catalogue,formulas,", ",owner,setting,company,profile,");

        assertThat(esg(ws, "user", "add", "clerk", "--role", "contributor", "--by", "owner").exit()).isZero();
        Path entities = Files.writeString(ws.resolve("entities.csv"), "code,parent,kind,name_zh,name_en,in_boundary\n"
                + "EX,,group,示例集团,Example Group,true\nEX-1,EX,company,一厂,Plant 1,true\n", StandardCharsets.UTF_8);
        assertRefused(esg(ws, "load", "entities", entities.toString(), "--by", "clerk"), "clerk 无权更改组织架构（报告主体）",
                "clerk may not change the organisation (reporting entities): that needs the role admin / manager");
        Path indicators = Files.writeString(ws.resolve("indicators.csv"), "code,name_zh,name_en,value_type,unit,aggregation,dimensions,"
                + "decimals,direction,references\nwater_reuse,回用水量,Water reused,quantity,m3,sum,,2,higher,\n", StandardCharsets.UTF_8);
        assertRefused(esg(ws, "load", "indicators", indicators.toString(), "--by", "clerk"), "clerk 无权更改指标目录",
                "clerk may not change the indicator catalogue");
        assertThat(esg(ws, "status").out()).contains("主体 / Entities: 0");

        CliRun loaded = esg(ws, "load", "entities", entities.toString(), "--by", "owner");
        assertThat(loaded.exit()).as(loaded.all()).isZero();
        assertThat(esg(ws, "load", "indicators", indicators.toString()).exit()).isZero();
        String after = esg(ws, "audit", "--format", "csv").out();
        assertThat(after).contains(",clerk,refused,workspace,,").contains("\"\"attempted\"\":\"\"load\"\"")
                .containsPattern(",owner,load,organisation,entities,\"?EX,EX-1\"?,,\"\\{\"\"held\"\":\"\"0\"\"\\}\",\"\\{\"\"added\"\":\"\"EX,EX-1\"\","
                        + "\"\"file\"\":\"\"entities.csv\"\",\"\"held\"\":\"\"2\"\",\"\"removed\"\":\"\"\"\",\"\"replaced\"\":\"\"\"\",\"\"rows\"\":\"\"2\"\","
                        + "\"\"sha256\"\":\"\"[0-9a-f]{64}\"\"\\}\"")
                .contains("\"\"added\"\":\"\"water_reuse\"\"");
        assertThat(esg(ws, "audit", "--entity", "EX-1").out()).contains("organisation entities");

        CliRun head = esg(ws, "audit", "head");
        assertThat(head.exit()).as(head.all()).isZero();
        String anchor = head.out().strip();
        assertThat(anchor).matches("[0-9]+:[0-9a-f]{64}");
        CliRun kept = esg(ws, "audit", "verify", "--head", anchor);
        assertThat(kept.exit()).as(kept.all()).isZero();
        assertThat(kept.out()).contains("Audit chain intact", "head " + anchor, "Anchored head in the chain: " + anchor);
        String seq = anchor.substring(0, anchor.indexOf(':'));
        String other = seq + ":" + "0".repeat(64);
        CliRun lost = esg(ws, "audit", "verify", "--head", other);
        assertThat(lost.exit()).as(lost.all()).isEqualTo(EsgCommand.FAILED);
        assertThat(lost.err()).contains("审计链在事件 " + seq + " 处被破坏（锚定的链头不在链中）", "Audit chain broken at event " + seq
                + " (head not in chain): the anchored head " + other + " is not in the chain");
        assertRefused(esg(ws, "audit", "verify", "--head", "yesterday"), "不是审计链头：“yesterday”", "Not an audit chain head: \"yesterday\"");
    }
}
