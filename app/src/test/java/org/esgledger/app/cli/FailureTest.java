package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.sql.BatchUpdateException;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.engine.i18n.EsgException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;

/** The one place that turns any failure into what the user sees, fed the exceptions the libraries really throw. */
class FailureTest {

    record Printed(int exit, String err) {
    }

    private static Printed report(Throwable ex, boolean verbose) {
        StringWriter text = new StringWriter();
        int exit = Failure.report(ex, verbose, new PrintWriter(text));
        return new Printed(exit, text.toString());
    }

    /** What a ledger import that loses its server mid-batch throws: the batch quotes its SQL and every row. */
    private static Exception dyingBatch() {
        StringBuilder sql = new StringBuilder("insert into donation_record (batch_id, row_no, recipient, note) values ");
        for (int i = 0; i < 4000; i++) {
            sql.append(i == 0 ? "" : ", ").append("(7, ").append(i).append(", 'RowDataRecipient").append(i).append("', 'RowDataNote RowDataNote')");
        }
        PSQLException server = new PSQLException(new ServerErrorMessage(
                "SFATAL\0C57P01\0Mterminating connection due to administrator command\0"));
        BatchUpdateException batch = new BatchUpdateException("Batch entry 0 " + sql + " was aborted: " + server.getMessage()
                + "  Call getNextException to see other errors in the batch.", "57P01", new int[0], server);
        batch.setNextException(server);
        return new UncategorizedSQLException("PreparedStatementCallback", sql.toString(), batch);
    }

    @Test
    void aDatabaseDyingMidBatchIsTwoLinesAndItsState() {
        Exception ex = dyingBatch();
        assertThat(ex.getMessage().length()).isGreaterThan(200_000);
        Printed p = report(ex, false);
        assertThat(p.exit()).isEqualTo(EsgCommand.FAILED);
        assertThat(p.err()).isEqualTo("""
                错误：数据库出错：数据库服务器已关闭或终止了连接
                Error: The database failed: the database server shut down or ended the connection
                  SQLSTATE 57P01: FATAL: terminating connection due to administrator command
                （使用 --verbose 查看详情 / run with --verbose for details）
                """);
    }

    @Test
    void withVerboseTheWholeTraceIsThere() {
        Printed p = report(dyingBatch(), true);
        assertThat(p.exit()).isEqualTo(EsgCommand.FAILED);
        assertThat(p.err()).contains("\tat ").contains("RowDataRecipient3999").contains("SQLSTATE 57P01").doesNotContain("run with --verbose");
    }

    @Test
    void rowDataInAServerErrorIsNotQuoted() {
        PSQLException duplicate = new PSQLException(new ServerErrorMessage("SERROR\0C23505\0Mduplicate key value violates unique constraint "
                + "\"entity_pkey\"\0DKey (code)=(RowDataCode) already exists.\0"));
        Printed p = report(new DataIntegrityViolationException("insert into entity values ('RowDataCode')", duplicate), false);
        assertThat(p.exit()).isEqualTo(EsgCommand.FAILED);
        assertThat(p.err()).contains("a record conflicts with a rule of the database").contains("SQLSTATE 23505")
                .doesNotContain("RowData").doesNotContain("insert");
        PSQLException refused = new PSQLException(new ServerErrorMessage(
                "SERROR\0C22P02\0Minvalid input syntax for type numeric: \"RowDataValue\"\0"));
        assertThat(report(refused, false).err()).contains("the database refused a value").doesNotContain("RowData");
    }

    @Test
    void aConnectionThatCannotBeMadeNamesTheServerButNotThePassword() {
        PSQLException refused = new PSQLException("Connection to 127.0.0.1:1 refused. Check that the hostname and port are correct.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT);
        Printed p = report(new RuntimeException("Failed to initialize pool: jdbc:postgresql://esg:Secret4711@127.0.0.1:1/esg", refused), false);
        assertThat(p.err()).contains("cannot connect to the database, or the connection was lost")
                .contains("SQLSTATE 08001: Connection to 127.0.0.1:1 refused.").doesNotContain("Secret4711");
        assertThat(report(new RuntimeException("jdbc:postgresql://esg:Secret4711@127.0.0.1:1/esg", refused), true).err())
                .contains("esg:***@127.0.0.1").doesNotContain("Secret4711");
    }

    @Test
    void refusedInputIsZhAndEnWithExitTwo() {
        Printed p = report(new IllegalStateException("wrapped", new EsgException(AppMessages.of("file.missing", "a.csv"))), false);
        assertThat(p.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(p.err()).isEqualTo("错误：找不到文件：a.csv\nError: File not found: a.csv\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void aFileProblemNamesThePathAndTheReason() {
        Printed denied = report(new UncheckedIOException(new AccessDeniedException("/srv/out/report.pdf")), false);
        assertThat(denied.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(denied.err()).contains("错误：/srv/out/report.pdf：权限不足").contains("Error: /srv/out/report.pdf: permission denied");
        Printed full = report(new UncheckedIOException(new IOException("No space left on device")), false);
        assertThat(full.exit()).isEqualTo(EsgCommand.REFUSED);
        assertThat(full.err()).contains("输入输出错误：磁盘空间不足").contains("Input/output error: no space left on the device");
    }

    @Test
    void anythingElseIsOneShortCleanLine() {
        String message = "bad \u001b[31mthing\u202e at postgresql://esg:Secret4711@db/esg " + "x".repeat(5000);
        Printed p = report(new IllegalStateException("outer", new NullPointerException(message)), false);
        assertThat(p.exit()).isEqualTo(EsgCommand.FAILED);
        assertThat(p.err().lines()).hasSize(3);
        assertThat(p.err().lines().findFirst().orElseThrow()).startsWith("错误：意外错误：NullPointerException: bad [31mthing at postgresql://esg:***@db/esg x")
                .hasSizeLessThan(Failure.MAX_REASON + 60);
        assertThat(p.err()).doesNotContain("\u001b").doesNotContain("\u202e").doesNotContain("Secret4711").contains("run with --verbose");
    }
}
