package org.esgledger.app.workspace.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.esgledger.app.workspace.PrivateFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small shell process that stops the server when the esg process dies without stopping it
 * ({@code kill -9}, a crash): it waits on a pipe from esg, which the system closes when esg dies,
 * and then sends the postmaster a fast shutdown ({@code SIGINT}) — only if the data directory's
 * {@code postmaster.pid} still names it, so never another process that took its number. When esg
 * stops the server itself it first tells the watchdog {@code stop}. POSIX systems only; anywhere a
 * server is still orphaned, the next esg start stops it.
 */
final class ServerWatchdog {

    private static final String SCRIPT = """
            trap '' INT HUP
            read -r line
            [ "$line" = stop ] && exit 0
            [ "$(head -n 1 "$1/postmaster.pid" 2>/dev/null)" = "$2" ] && kill -INT "$2"
            exit 0
            """;
    private static final Logger log = LoggerFactory.getLogger(ServerWatchdog.class);

    private final Process process;

    private ServerWatchdog(Process process) {
        this.process = process;
    }

    static Optional<ServerWatchdog> watch(Path dataDirectory, long postmaster) {
        if (!PrivateFiles.posix(dataDirectory)) {
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder("/bin/sh", "-c", SCRIPT, "esg-watchdog", dataDirectory.toString(), Long.toString(postmaster))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(new ServerWatchdog(p));
        } catch (IOException e) {
            log.warn("No watchdog for the embedded server ({}); a server left by a killed esg is stopped at the next start",
                    e.getMessage());
            return Optional.empty();
        }
    }

    /** esg stops the server itself: the watchdog leaves without touching it. */
    void dismiss() {
        send("stop\n");
    }

    /** What the death of esg looks like to the watchdog: its pipe closes without a word. */
    void loseSight() {
        send("");
    }

    private void send(String word) {
        try (OutputStream in = process.getOutputStream()) {
            in.write(word.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // the watchdog is gone already
        }
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
