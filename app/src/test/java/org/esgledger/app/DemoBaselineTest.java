package org.esgledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.esgledger.app.demo.DemoReportTemplate;
import org.esgledger.app.report.Editions;
import org.esgledger.app.report.RenderOptions;
import org.esgledger.engine.report.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every figure of the demo as recorded before the redesign of issue 12: the demo is built as
 * {@code esg demo} builds it, and the canonical text of its facts, snapshots and data pack must
 * equal the files under {@code src/test/resources/baseline/} byte for byte.
 *
 * <ul>
 * <li>{@code facts.txt}: the ledger batches (kind, file, SHA-256, counts), every fact (key, value
 * with its stored scale, unit, status, origin, source file and row, source text, members, the ledger
 * rows behind it, not-available reason, note) and the published figures ({@link StoreDump#facts()});</li>
 * <li>{@code snapshots.txt}: every snapshot with its values, lineage (inputs), sources, findings and
 * target statuses ({@link StoreDump#snapshots()});</li>
 * <li>{@code datapack-2024.json}, {@code datapack-2024.csv}: the data pack the demo writes (the
 * report's figures marked with their sections), and {@code render-report-2024.md} beside it.</li>
 * </ul>
 *
 * <p>Masked, because they change from run to run: the data pack's {@code "computed_at"} timestamp
 * (replaced by {@value #TIMESTAMP}), and the head of the audit chain the data pack carries (its seq
 * and SHA-256 in the JSON, replaced by {@value #SEQ} and {@value #CHAIN_HEAD}; its value cell in the
 * CSV's last row): the tests' audit trail is never emptied, it only grows over tests and runs (see
 * {@link TestWorkspaces}), and each event's hash covers its time. The store dumps read no timestamp column at all
 * ({@code entered_at}, {@code loaded_at}, {@code computed_at}, {@code frozen_at}) and name ledger
 * batches by kind, file and SHA-256 instead of their generated id. Snapshot ids and the batch
 * numbers in facts' source texts are kept: the demo empties the store with {@code restart identity}
 * (and {@link TestWorkspaces} copies the sequences back with the demo), so they are the same on every
 * run. Nothing else is masked; no temporary path reaches any of these files.
 *
 * <p>On a difference the test fails naming each file and its first differing line, and leaves the
 * whole dump under {@code target/demo-baseline/} for a full diff. To record new baselines on purpose
 * (a change of figures someone has decided on), run it with {@code -Desg.baseline.write=true}:
 * {@code ./mvnw -B -o -pl app -am test -Dtest=DemoBaselineTest -Dsurefire.failIfNoSpecifiedTests=false -Desg.baseline.write=true}.
 */
@StoreTest
class DemoBaselineTest {

    static final Path BASELINE = Path.of("src/test/resources/baseline");
    static final Path ACTUAL = Path.of("target/demo-baseline");
    static final String TIMESTAMP = "<timestamp>";
    static final String SEQ = "<seq>";
    static final String CHAIN_HEAD = "<chain head>";

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    Editions editions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theDemosFactsSnapshotsAndDataPackAreAsRecorded() throws IOException {
        Map<String, byte[]> dumps = dumps();
        Files.createDirectories(ACTUAL);
        for (Map.Entry<String, byte[]> d : dumps.entrySet()) {
            Files.write(ACTUAL.resolve(d.getKey()), d.getValue());
        }
        if (Boolean.getBoolean("esg.baseline.write")) {
            Files.createDirectories(BASELINE);
            for (Map.Entry<String, byte[]> d : dumps.entrySet()) {
                Files.write(BASELINE.resolve(d.getKey()), d.getValue());
            }
            return;
        }
        List<String> differences = new ArrayList<>();
        for (Map.Entry<String, byte[]> d : dumps.entrySet()) {
            Path recorded = BASELINE.resolve(d.getKey());
            if (!Files.exists(recorded)) {
                differences.add(recorded + ": no baseline recorded (run with -Desg.baseline.write=true)");
            } else {
                firstDifference(recorded, Files.readAllBytes(recorded), d.getValue()).ifPresent(differences::add);
            }
        }
        assertThat(differences).as("the demo differs from its recorded baseline (whole dump under " + ACTUAL.toAbsolutePath()
                + ")").isEmpty();
    }

    /** The demo as {@code esg demo} builds it, and its dumps by file name. */
    private Map<String, byte[]> dumps() throws IOException {
        workspaces.demo();
        Path folder = Files.createTempDirectory("baseline");
        Path template = DemoReportTemplate.install(folder.resolve("workspace"));
        Path out = folder.resolve("out");
        editions.render(new RenderOptions(2024, template, List.of(Language.ZH, Language.EN), Set.of("json", "csv"), out, false));
        StoreDump store = new StoreDump(jdbc);
        Map<String, byte[]> dumps = new LinkedHashMap<>();
        dumps.put("facts.txt", store.facts().getBytes(StandardCharsets.UTF_8));
        dumps.put("snapshots.txt", store.snapshots().getBytes(StandardCharsets.UTF_8));
        String json = Files.readString(out.resolve("datapack-2024.json"), StandardCharsets.UTF_8);
        String masked = json.replaceAll("\"computed_at\": \"[^\"]*\"", "\"computed_at\": \"" + TIMESTAMP + "\"");
        assertThat(masked).as("the one timestamp of the data pack is masked").isNotEqualTo(json);
        String head = masked.replaceFirst("(\"audit_head\": \\{\\s*\"seq\": )[0-9]+(,\\s*\"sha256\": \")[0-9a-f]{64}\"", "$1\"" + SEQ + "\"$2"
                + CHAIN_HEAD + "\"");
        assertThat(head).as("the audit chain's head in the data pack is masked").isNotEqualTo(masked);
        dumps.put("datapack-2024.json", head.getBytes(StandardCharsets.UTF_8));
        String csv = Files.readString(out.resolve("datapack-2024.csv"), StandardCharsets.UTF_8);
        String csvHead = csv.replaceFirst("(\naudit_chain_head,[^\n]*?,)[0-9]+:[0-9a-f]{64},", "$1" + CHAIN_HEAD + ",");
        assertThat(csvHead).as("the audit chain's head in the data pack's CSV is masked").isNotEqualTo(csv);
        dumps.put("datapack-2024.csv", csvHead.getBytes(StandardCharsets.UTF_8));
        dumps.put("render-report-2024.md", Files.readAllBytes(out.resolve("render-report-2024.md")));
        return dumps;
    }

    /** Empty when equal; otherwise the file, the first differing line and a few lines around it. */
    static Optional<String> firstDifference(Path file, byte[] expected, byte[] actual) {
        if (Arrays.equals(expected, actual)) {
            return Optional.empty();
        }
        List<String> e = new String(expected, StandardCharsets.UTF_8).lines().toList();
        List<String> a = new String(actual, StandardCharsets.UTF_8).lines().toList();
        int line = 0;
        while (line < e.size() && line < a.size() && e.get(line).equals(a.get(line))) {
            line++;
        }
        StringBuilder s = new StringBuilder();
        s.append(file).append(": first difference at line ").append(line + 1).append(" (").append(e.size()).append(" lines recorded, ")
                .append(a.size()).append(" now)\n");
        if (line == e.size() && line == a.size()) {
            s.append("  the lines are equal; the line endings or the final newline differ\n");
        }
        int from = line < e.size() && line < a.size() ? Math.max(0, firstDifferingChar(e.get(line), a.get(line)) - 100) : 0;
        for (int i = Math.max(0, line - 3); i < line; i++) {
            s.append("    ").append(clip(e.get(i), from)).append("\n");
        }
        for (int i = line; i < Math.min(e.size(), line + 3); i++) {
            s.append("  - ").append(clip(e.get(i), from)).append("\n");
        }
        for (int i = line; i < Math.min(a.size(), line + 3); i++) {
            s.append("  + ").append(clip(a.get(i), from)).append("\n");
        }
        return Optional.of(s.toString());
    }

    private static int firstDifferingChar(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    /** At most 400 characters of a line from {@code from}, so that a long line shows where it differs. */
    private static String clip(String line, int from) {
        if (line.length() <= 400 && from == 0) {
            return line;
        }
        int start = Math.min(from, line.length());
        return (start > 0 ? "…" : "") + line.substring(start, Math.min(line.length(), start + 400)) + (start + 400 < line.length() ? "…" : "");
    }
}
