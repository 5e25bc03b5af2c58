package org.esgledger.app;

import java.nio.charset.StandardCharsets;

import org.esgledger.app.intake.SourceFile;

/** Small in-memory files for loader tests. */
public final class TestFiles {

    private TestFiles() {
    }

    public static SourceFile csv(String name, String... lines) {
        return new SourceFile(name, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
