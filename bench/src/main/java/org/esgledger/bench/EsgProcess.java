package org.esgledger.bench;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The command line in a process of its own, started with this process's class path and Java, as
 * {@code ./esg} starts it: a command that runs to its end, or {@code esg serve} until closed.
 */
final class EsgProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private EsgProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Runs {@code esg --workspace DIR ARGS…} to its end; returns what it printed; fails unless it exits 0. */
    static String run(Path workspace, String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("esg-bench", ".log");
        try {
            Process p = start(workspace, out, args);
            int exit = p.waitFor();
            String printed = Files.readString(out, StandardCharsets.UTF_8);
            if (exit != 0) {
                throw new IllegalStateException("esg " + String.join(" ", args) + " exited " + exit + ":\n" + printed);
            }
            return printed;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Starts {@code esg serve --port PORT} on the workspace; what it prints goes to {@code log}. */
    static EsgProcess serve(Path workspace, int port, Path log) throws IOException {
        return new EsgProcess(start(workspace, log, "serve", "--port", String.valueOf(port)), log);
    }

    private static Process start(Path workspace, Path out, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.esgledger.app.cli.EsgCommand",
                "--workspace", workspace.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
    }

    /** Waits until the server answers (any status), or fails with its log. */
    void awaitReady(URI base, long timeoutMillis) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("esg serve ended:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                client.send(HttpRequest.newBuilder(base.resolve("sign-in")).build(), HttpResponse.BodyHandlers.discarding());
                return;
            } catch (ConnectException notYet) {
                Thread.sleep(250);
            }
        }
        throw new IllegalStateException("esg serve did not answer within " + timeoutMillis + " ms:\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
