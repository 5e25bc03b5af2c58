package org.esgledger.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.cli.DemoFolders;
import org.esgledger.app.cli.EsgCommand;
import org.junit.jupiter.api.Test;

/**
 * Kills {@code esg demo} with SIGKILL while it runs, then checks that the next run repairs the
 * workspace: the killed load left nothing half-written, and a server orphaned by the kill is stopped
 * (by the killed process's watchdog, or else by the next run before it starts its own). The runs
 * skip the report ({@code --no-report}): the crash is about the load, and rendering is tested elsewhere.
 */
class CrashRecoveryTest {

    private static final String FOLDER = "crash";

    private final Path workspace = TestWorkspaces.folder(FOLDER).toAbsolutePath();

    private ProcessBuilder esg(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EsgCommand.class.getName(), "--workspace", workspace.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(false);
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) throws Exception {
        Process p = esg(args).start();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, java.nio.charset.StandardCharsets.UTF_8),
                new String(err, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aKilledDemoIsRepairedByTheNextRun() throws Exception {
        DemoFolders.demo(FOLDER); // the demo, as the first run finds it up to date
        assertThat(run("demo", "--no-report").exit()).isZero();
        Path pid = workspace.resolve("pgdata/postmaster.pid");
        boolean embedded = System.getenv("ESG_DB_URL") == null || System.getenv("ESG_DB_URL").isBlank();

        Process victim = esg("demo", "--force", "--no-report").redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (embedded && !Files.exists(pid) && System.nanoTime() < deadline && victim.isAlive()) {
            Thread.sleep(50);
        }
        Thread.sleep(embedded ? 1500 : 4000);
        victim.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Optional<Long> orphan = embedded ? postmaster(pid) : Optional.empty();

        Result repaired = run("demo", "--no-report");
        assertThat(repaired.exit()).as(repaired.err()).isZero();
        Result facts = run("facts", "--format", "csv");
        assertThat(facts.exit()).isZero();
        assertThat(facts.out().lines()).hasSize(1 + 698);
        orphan.ifPresent(p -> assertThat(ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false))
                .as("the server orphaned by the kill was stopped").isFalse());
    }

    private static Optional<Long> postmaster(Path pid) throws IOException {
        if (!Files.exists(pid)) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(Files.readAllLines(pid).get(0).strip()));
    }
}
