package org.esgledger.app.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What esg writes is its owner's only, and never seen half-written. */
class PrivateFilesTest {

    @TempDir
    Path root;

    @BeforeEach
    void posixOnly() {
        assumeThat(PrivateFiles.posix(root)).as("permissions are checked on POSIX file systems").isTrue();
    }

    @Test
    void newFoldersAndFilesAreTheOwnersOnly() throws IOException {
        Path file = root.resolve("rejections/2025/ledger.csv");
        PrivateFiles.write(file, "row,column,reason\n");
        assertThat(Files.readString(file)).isEqualTo("row,column,reason\n");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(root.resolve("rejections"))).isEqualTo("rwx------");
        assertThat(mode(root.resolve("rejections/2025"))).isEqualTo("rwx------");
        assertThat(PrivateFiles.folder(root.resolve("reports/a/b"))).isEqualTo(root.resolve("reports/a/b"));
        assertThat(mode(root.resolve("reports/a/b"))).isEqualTo("rwx------");
    }

    @Test
    void aFolderThatExistsKeepsThePermissionsItsOwnerChose() throws IOException {
        Path shared = Files.createDirectory(root.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-x---"));
        PrivateFiles.write(shared.resolve("out.json"), "{}");
        assertThat(mode(shared)).isEqualTo("rwxr-x---");
        assertThat(mode(shared.resolve("out.json"))).isEqualTo("rw-------");
    }

    @Test
    void aReplacedFileBecomesPrivateAndAFailedWriteLeavesTheOldOne() throws IOException {
        Path file = root.resolve("report.html");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        PrivateFiles.write(file, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(mode(file)).isEqualTo("rw-------");

        assertThatThrownBy(() -> PrivateFiles.write(file, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");
        assertThat(Files.readString(file)).isEqualTo("new");
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files).containsExactly(file);
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
