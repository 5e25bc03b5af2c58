package org.esgledger.app.workspace.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.esgledger.app.workspace.PrivateFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL programs esg runs sit where no other user can replace them. */
class PostgresBinariesTest {

    @TempDir
    Path root;

    @Test
    void theProgramsGoIntoAPrivateFolderOfTheUsersCache() throws IOException {
        assumeThat(PrivateFiles.posix(root)).isTrue();
        Path cache = Files.createDirectory(root.resolve("cache"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path chosen = PostgresBinaries.privateRoot(root.resolve("workspace"), cache);
        assertThat(chosen).isEqualTo(cache.resolve("esg-ledger"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(chosen))).isEqualTo("rwx------");
        try (var left = Files.list(chosen)) {
            assertThat(left).as("no ownership probe left behind").isEmpty();
        }
    }

    @Test
    void aCacheOthersCanWriteToIsNotUsed() throws IOException {
        assumeThat(PrivateFiles.posix(root)).isTrue();
        Path cache = Files.createDirectory(root.resolve("cache"));
        Files.setPosixFilePermissions(cache, PosixFilePermissions.fromString("rwxrwxrwx"));
        Path workspace = root.resolve("workspace");
        assertThat(PostgresBinaries.privateRoot(workspace, cache)).isEqualTo(workspace.resolve(".esg-cache"));
        assertThat(PostgresBinaries.privateRoot(workspace, null)).isEqualTo(workspace.resolve(".esg-cache"));
    }
}
