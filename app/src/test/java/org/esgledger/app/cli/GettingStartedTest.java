package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.esgledger.app.TestWorkspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/getting-started.md}, run as written: every {@code ```csv NAME} block is saved as that
 * file, every line of every {@code ```sh} block is run in order, on a fresh workspace, and must succeed;
 * then what the guide promises is checked (the company's report rendered with its missing figures
 * marked, the audit trail intact and then broken by a direct edit).
 */
class GettingStartedTest {

    private static final Path GUIDE = Path.of("../docs/getting-started.md");
    private static final String ESG = "./esg --workspace huanan ";

    /** A file the guide saves, or a command it runs. */
    private record Step(String file, String text) {
    }

    @BeforeEach
    void embedded() {
        TestWorkspaces.embeddedOnly();
    }

    @Test
    void theGuideRunsAsWrittenOnAFreshWorkspace() throws IOException {
        Path workspace = TestWorkspaces.emptyFolder("getting-started");
        Path files = Files.createTempDirectory("getting-started-files");
        Map<String, Path> saved = new LinkedHashMap<>();
        Map<String, CliRun> runs = new LinkedHashMap<>();
        List<Step> steps = steps(Files.readAllLines(GUIDE, StandardCharsets.UTF_8));
        assertThat(steps).as("the guide has files and commands").hasSizeGreaterThan(10);
        for (Step step : steps) {
            if (step.file() != null) {
                saved.put(step.file(), Files.writeString(files.resolve(step.file()), step.text(), StandardCharsets.UTF_8));
                continue;
            }
            assertThat(step.text()).as("every command of the guide runs on its workspace").startsWith(ESG);
            List<String> args = new ArrayList<>();
            for (String word : words(step.text().substring(ESG.length()))) {
                args.add(saved.containsKey(word) ? saved.get(word).toString() : word);
            }
            CliRun run = CliRun.esg(workspace, args.toArray(String[]::new));
            assertThat(run.exit()).as(step.text() + "\n" + run.all()).isZero();
            runs.put(step.text().substring(ESG.length()), run);
        }

        assertThat(saved).containsKeys("entities.csv", "energy-2024.csv", "employees-2024.csv", "facts-2024.csv");
        assertThat(runs.get("import --ledger employees employees-2024.csv").out()).contains("accepted rows   4", "rejected rows   0");
        assertThat(runs.get("user list").out()).contains("wang.fang", "li.na", "contributor");
        assertThat(runs.get("import --ledger energy energy-2024.csv --by li.na").out()).contains("accepted rows   6", "rejected rows   0");
        assertThat(runs.get("approve --batch 1 --by zhao.lei").out()).contains("approved", "zhao.lei");
        assertThat(runs.get("approve --entity HN-DG --year 2024 --by zhao.lei").out()).contains("approved", "zhao.lei");
        assertThat(runs.get("status --year 2024").out()).contains("2024");
        String zh = Files.readString(workspace.resolve("out/report-2024-zh.html"), StandardCharsets.UTF_8);
        String en = Files.readString(workspace.resolve("out/report-2024-en.html"), StandardCharsets.UTF_8);
        assertThat(zh).contains("华南示例制造有限公司", "【数据缺失】", "待填写");
        assertThat(en).contains("Huanan Example Manufacturing", "To be written");
        assertThat(runs.get("audit").out()).contains("wang.fang", "li.na");
        assertThat(runs.get("audit verify").out()).containsIgnoringCase("intact");
        String zh2025 = Files.readString(workspace.resolve("out/report-2025-zh.html"), StandardCharsets.UTF_8);
        String en2025 = Files.readString(workspace.resolve("out/report-2025-en.html"), StandardCharsets.UTF_8);
        assertThat(en2025).contains("Restatements of information (GRI 2-4)", "revenue corrected by the audited annual accounts");
        assertThat(en2025.substring(en2025.indexOf("Restatements of information"))).contains("RMB 1.25 billion", "RMB 1.28 billion");
        assertThat(zh2025).contains("信息重述", "revenue corrected by the audited annual accounts");
        assertThat(workspace.resolve("report/template-2025.xml")).exists();

        // the roster's headcount (E004 left in June) and the plant's electricity, approved by the reviewer
        String facts = CliRun.esg(workspace, "facts", "--year", "2024", "--stored-only", "--format", "csv").out();
        assertThat(facts).containsPattern(",employees_total,[^\\n]*,HN,2024,,actual,3,person,approved,computed,");
        assertThat(facts).containsPattern(",electricity_consumption,[^\\n]*,HN-DG,2024,,actual,[0-9.]+,[^,]+,approved,computed,");

        CliRun refused = CliRun.esg(workspace, "import", "--ledger", "employees", saved.get("energy-2024.csv").toString(), "--by", "li.na");
        assertThat(refused.exit()).as(refused.all()).isEqualTo(EsgCommand.REFUSED);
        assertThat(refused.err()).contains("li.na");

        // someone with the database password rewrites who imported the energy ledger: the chain shows where
        long seq = CliRun.sql(workspace, "select min(seq) from audit_event where actor = 'li.na' and action = 'import'");
        CliRun.sql(workspace, "grant update on audit_event to current_user; update audit_event set actor = 'wang.fang' where seq = " + seq);
        CliRun tampered = CliRun.esg(workspace, "audit", "verify");
        assertThat(tampered.exit()).as(tampered.all()).isEqualTo(EsgCommand.FAILED);
        assertThat(tampered.err()).contains("Audit chain broken at event " + seq + " (content changed)", "审计链在事件 " + seq + " 处被破坏");
    }

    /** The guide's files and commands, in order. */
    private static List<Step> steps(List<String> lines) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```csv ") || line.equals("```sh")) {
                StringBuilder block = new StringBuilder();
                int j = i + 1;
                for (; !lines.get(j).equals("```"); j++) {
                    block.append(lines.get(j)).append('\n');
                }
                if (line.equals("```sh")) {
                    block.toString().lines().filter(l -> !l.isBlank()).forEach(l -> steps.add(new Step(null, l.strip())));
                } else {
                    steps.add(new Step(line.substring("```csv ".length()).strip(), block.toString()));
                }
                i = j;
            }
        }
        return steps;
    }

    /** A command line split into words as a shell does for plain words and double-quoted ones. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
                any = true;
            } else if (c == ' ' && !quoted) {
                if (any) {
                    words.add(word.toString());
                }
                word.setLength(0);
                any = false;
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            words.add(word.toString());
        }
        return words;
    }
}
