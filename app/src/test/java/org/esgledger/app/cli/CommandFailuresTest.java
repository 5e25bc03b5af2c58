package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.esgledger.app.TestWorkspaces;
import org.esgledger.app.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failures a user can cause, through the command line as a user types it: each ends in a short zh/en
 * message and the right exit code, without stack traces, SQL, row data or passwords.
 */
class CommandFailuresTest {

    /** The workspace of {@link EsgCommandTest}: its demo data is reused when that test ran first. */
    private final Path workspace = TestWorkspaces.folder("cli");

    private CliRun esg(String... args) {
        return CliRun.esg(workspace, args);
    }

    private static void assertRefused(CliRun run, String zh, String en) {
        assertThat(run.exit()).as(run.err()).isEqualTo(EsgCommand.REFUSED);
        assertThat(run.err()).contains("错误：").contains(zh).contains("Error: ").contains(en)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void reportOutMustBeAFolderThatCanBeWritten() throws Exception {
        Path file = Files.createTempFile("report-out", ".txt");
        assertRefused(esg("report", "--year", "2024", "--out", file.toString()),
                file + " 是文件；--out 需要一个文件夹", file + " is a file; --out takes a folder");

        Path under = file.resolve("sub");
        assertRefused(esg("report", "--year", "2024", "--out", under.toString()),
                "无法写入 " + under + "：" + file + " 是文件，不是文件夹", "Cannot write to " + under + ": " + file + " is a file, not a folder");

        assertRefused(esg("report", "--year", "2024", "--out", "/dev/zero"), "/dev/zero 不是普通文件", "/dev/zero is not a regular file");
    }

    @Test
    void reportOutInAFolderWithoutWritePermission() throws Exception {
        Path locked = Files.createTempDirectory("locked");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "root may write anywhere: permissions cannot be tested as root");
            assertRefused(esg("report", "--year", "2024", "--out", locked.resolve("out").toString()),
                    "无法写入 " + locked.resolve("out") + "：权限不足", "Cannot write to " + locked.resolve("out") + ": permission denied");
            assertRefused(esg("report", "--year", "2024", "--out", locked.toString()),
                    "无法写入 " + locked + "：权限不足", "Cannot write to " + locked + ": permission denied");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void exportAndTemplateOutMustBeAFileThatCanBeWritten() throws Exception {
        Path folder = Files.createTempDirectory("export-out");
        assertRefused(esg("export", "--ledger", "donations", "--out", folder.toString()),
                folder + " 是文件夹；--out 需要一个文件名", folder + " is a folder; --out takes a file name");
        assertRefused(esg("template", "donations", "--out", folder.toString()),
                folder + " 是文件夹；--out 需要一个文件名", folder + " is a folder; --out takes a file name");
        Path file = Files.createTempFile("export-parent", ".txt");
        Path under = file.resolve("donations.csv");
        assertRefused(esg("export", "--ledger", "donations", "--out", under.toString()),
                "无法写入 " + under + "：" + file + " 是文件，不是文件夹", "Cannot write to " + under + ": " + file + " is a file, not a folder");
        assertRefused(esg("template", "donations", "--out", "/dev/zero"), "/dev/zero 不是普通文件", "/dev/zero is not a regular file");
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a guard: reading the FIFO would block for ever
    void loadAndImportNameWhatIsWrongWithTheFile() throws Exception {
        Path folder = Files.createTempDirectory("a-folder");
        Path missing = folder.resolve("missing.csv");
        Path fifo = folder.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).isZero();
        assumeTrue(Files.exists(fifo));
        for (List<String> command : List.of(List.of("load", "facts"), List.of("import", "--ledger", "donations"))) {
            assertRefused(run(command, folder), folder + " 是文件夹，不是文件", folder + " is a folder, not a file");
            assertRefused(run(command, Path.of("/dev/zero")), "/dev/zero 不是普通文件（设备、管道或套接字）",
                    "/dev/zero is not a regular file (a device, FIFO or socket)");
            assertRefused(run(command, fifo), fifo + " 不是普通文件", fifo + " is not a regular file (a device, FIFO or socket)");
            assertRefused(run(command, missing), "找不到文件：" + missing, "File not found: " + missing);
        }
    }

    private CliRun run(List<String> command, Path file) {
        List<String> args = new ArrayList<>(command);
        args.add(file.toString());
        return esg(args.toArray(String[]::new));
    }

    @Test
    void aPasswordInTheDatabaseUrlIsNeverPrinted() {
        List<String> urls = List.of("jdbc:postgresql://127.0.0.1:1/esg?user=esg&password=Secret4711&ssl=false",
                "postgresql://esg:Secret4711@127.0.0.1:1/esg", "jdbc:postgresql://esg:Secret4711@127.0.0.1:1/esg");
        for (String url : urls) {
            System.setProperty("esg.db.url", url);
            try {
                for (boolean verbose : List.of(false, true)) {
                    CliRun run = verbose ? esg("--verbose", "facts") : esg("facts");
                    assertThat(run.exit()).as(run.err()).isEqualTo(EsgCommand.FAILED);
                    assertThat(run.all()).as(url).doesNotContain("Secret4711");
                    assertThat(run.err()).contains("错误：").contains("Error: ");
                    if (!verbose) {
                        assertThat(run.err()).doesNotContain("\tat ").contains("run with --verbose");
                        assertThat(run.err().length()).as(run.err()).isLessThan(2000);
                    }
                }
            } finally {
                System.clearProperty("esg.db.url");
            }
        }
    }

    @Test
    void aDatabaseDyingMidImportIsToldInAFewLines() throws Exception {
        EsgCommand esg = new EsgCommand();
        esg.workspace = workspace;
        try (var context = esg.open()) {
            context.getBean(DemoWorkspace.class).refresh(false); // its entities and units; the demo's report is not needed
            // the connection that inserts ledger rows is terminated by the server, as an administrator or a crash would
            context.getBean(JdbcClient.class).sql("""
                    create or replace function test_terminate_own_backend() returns trigger language plpgsql as $$
                    begin perform pg_terminate_backend(pg_backend_pid()); return null; end $$;
                    drop trigger if exists test_dies on donation_record;
                    create trigger test_dies after insert on donation_record for each statement execute function test_terminate_own_backend();
                    """).update();
        }
        try {
            StringBuilder csv = new StringBuilder("捐赠日期,捐赠主体,受赠方,国家/地区,金额,币种,用途,形式,备注\n");
            for (int i = 1; i <= 1500; i++) {
                csv.append("2024-03-01,广东熵基,RowDataRecipient").append(i).append(",CN,").append(100 + i)
                        .append(",CNY,社区公益,现金,").append("RowDataNote ".repeat(20)).append('\n');
            }
            Path file = Files.createTempDirectory("dying").resolve("donations-dying.csv");
            Files.writeString(file, csv);

            CliRun brief = esg("import", "--ledger", "donations", file.toString());
            assertThat(brief.exit()).as(brief.err()).isEqualTo(EsgCommand.FAILED);
            // the server's FATAL 57P01 or, when the driver was still sending the batch, the lost connection's 08006
            assertThat(brief.err()).containsPattern("错误：数据库出错：(数据库服务器已关闭或终止了连接|无法连接数据库，或连接已中断)")
                    .containsPattern("Error: The database failed: (the database server shut down or ended the connection"
                            + "|cannot connect to the database, or the connection was lost)")
                    .containsPattern("SQLSTATE (57P01|08006)").contains("run with --verbose")
                    .doesNotContain("RowData").doesNotContain("insert into").doesNotContain("\tat ");
            assertThat(brief.err().length()).as(brief.err()).isLessThan(2000);

            CliRun verbose = esg("--verbose", "import", "--ledger", "donations", file.toString());
            assertThat(verbose.exit()).isEqualTo(EsgCommand.FAILED);
            assertThat(verbose.err()).as("the details are there for whoever asks").contains("\tat ").containsPattern("57P01|08006");
        } finally {
            try (var context = esg.open()) {
                context.getBean(JdbcClient.class).sql("drop trigger if exists test_dies on donation_record; "
                        + "drop function if exists test_terminate_own_backend()").update();
            }
        }
        assertThat(esg("facts", "--year", "2024", "--format", "csv").exit()).as("the store is intact").isZero();
    }
}
