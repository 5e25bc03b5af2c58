package org.esgledger.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What every {@code --format csv} prints (evidence list: file names, notes and comments; user list: display names; audit):
 * a text that starts with a formula character gets an apostrophe; a numeric column stays a number.
 */
class OutputCsvTest {

    @Test
    void textsThatStartLikeFormulasAreDefusedAndNumbersAreNot() {
        Output table = new Output(List.of("id", "file", "text", "bytes"), List.of("id", "bytes"));
        table.row(List.of("1", "=cmd|' /C calc'!A0", "+1", "-1"));
        table.row(List.of("2", "-1", "@SUM(1)", "12"));
        table.row(List.of("3", "<script>alert(1)</script>", "plain", "3"));
        StringWriter out = new StringWriter();
        table.write(OutputFormat.csv, new PrintWriter(out));
        assertThat(out.toString().lines()).containsExactly("id,file,text,bytes", "1,'=cmd|' /C calc'!A0,'+1,-1", "2,'-1,'@SUM(1),12",
                "3,<script>alert(1)</script>,plain,3");
    }
}
