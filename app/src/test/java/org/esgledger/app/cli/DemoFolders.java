package org.esgledger.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.esgledger.app.TestWorkspaces;

/**
 * A workspace folder of its own holding the demo as {@code esg demo --force --no-report} builds it,
 * for a command-line test that starts from the demo but is not about building it ({@code EsgCommandTest}
 * and {@code GettingStartedTest} build it themselves; {@code CrashRecoveryTest} kills a rebuild of the copy).
 *
 * <p>On the embedded store the demo is built once per JVM, by the command line, in a folder of its
 * own ({@value #TEMPLATE}, emptied first, so a folder of an earlier run is never used), and each test
 * gets a copy of that folder: the data directory of its stopped server and the files the demo writes.
 * A copy takes a second or two, where the demo on a new embedded server takes the better part of a
 * minute on the shared 2-core machine. On an external server ({@code ESG_DB_URL}) every workspace
 * shares the one database, so the test's own folder gets the demo built again, as a user would.
 */
public final class DemoFolders {

    static final String TEMPLATE = "cli-demo-template";
    /** Not copied: the lock of the process that built the template, and a server's run files, if any. */
    private static final List<String> LEFT_OUT = List.of(".esg.lock", "postmaster.pid", "postmaster.opts");

    private static Path template;

    private DemoFolders() {
    }

    /** The demo in the folder {@code name} (its earlier content removed on the embedded store). */
    public static synchronized Path demo(String name) throws IOException {
        if (System.getenv("ESG_DB_URL") != null) {
            return built(TestWorkspaces.folder(name));
        }
        if (template == null) {
            template = built(TestWorkspaces.emptyFolder(TEMPLATE));
        }
        Path folder = TestWorkspaces.emptyFolder(name);
        try (Stream<Path> all = Files.walk(template)) {
            all.filter(p -> !LEFT_OUT.contains(p.getFileName().toString())).forEach(p -> copy(p, folder.resolve(template.relativize(p))));
        }
        return folder;
    }

    private static Path built(Path folder) {
        CliRun demo = CliRun.esg(folder, "demo", "--force", "--no-report");
        if (demo.exit() != 0) {
            throw new IllegalStateException("esg demo failed in " + folder + ":\n" + demo.all());
        }
        return folder;
    }

    /** A file or folder copied with its permissions (PostgreSQL wants its data directory the owner's only). */
    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (FileAlreadyExistsException e) {
            // the folder itself, created empty
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
