package org.esgledger.app.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The command line as a user types it, in this JVM, on one workspace: exit code, standard output and error. */
record CliRun(int exit, String out, String err) {

    String all() {
        return out + err;
    }

    /**
     * Runs SQL on a workspace's store as the application's own role, as someone with the database
     * password could (the owner of the audit trail may grant itself rights back): for tests of what
     * such an edit is caught by.
     */
    @SuppressWarnings("unchecked")
    static <T> T sql(Path workspace, String sql) {
        EsgCommand esg = new EsgCommand();
        esg.workspace = workspace;
        try (var context = esg.open()) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            return sql.startsWith("select") ? (T) jdbc.sql(sql).query().singleValue() : (T) Integer.valueOf(jdbc.sql(sql).update());
        }
    }

    static CliRun esg(Path workspace, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            List<String> all = new ArrayList<>(List.of("--workspace", workspace.toString()));
            all.addAll(List.of(args));
            int exit = EsgCommand.execute(all.toArray(String[]::new));
            return new CliRun(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
